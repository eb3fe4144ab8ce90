package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/** A person signs in, is made to change the one-time password, and signs out, in real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserIT {

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired StructuralChanges changes;

    @BeforeAll
    static void startBrowser() {
        Path chromium = onPath("chromium");
        Path driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium != null && driver != null,
                "Chromium and ChromeDriver are not on the PATH (apt-get install chromium chromium-driver); .ci/run installs them");
        var options = new ChromeOptions().setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--lang=vi");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Until the address is exactly this path and query: "/account" must not be taken for "/account/password". */
    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            java.net.URI at = java.net.URI.create(d.getCurrentUrl());
            return (at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery())).equals(path);
        });
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(AccountPrincipal user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void noContentSecurityPolicyRefusals() {
        List<LogEntry> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy")).toList();
        assertThat(refused).as("nothing the pages load is refused by the Content-Security-Policy").isEmpty();
    }

    @Test
    void staffCreateAnAccountWithinTheirSubtreeAndSeeItInTheAuditLog() throws Exception {
        UnitId province = changes.establish(new EstablishUnit("HN" + System.nanoTime() % 1_000_000_000L,
                "Thành ủy Hà Nội", UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        UnitId grassroots = changes.establish(new EstablishUnit("PH" + System.nanoTime() % 1_000_000_000L,
                "Đảng bộ phường Hoàn Kiếm", UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2005, 1, 1), null, null));
        String branchCode = "CBHK" + System.nanoTime() % 1_000_000L;
        changes.establish(new EstablishUnit(branchCode, "Chi bộ Tổ dân phố số 5", UnitType.BRANCH, grassroots,
                LocalDate.of(2006, 1, 1), null, null));
        AccountPrincipal staff = accounts.create("vanphong", Grant.of(Role.COMMITTEE_STAFF, grassroots));

        signIn(staff);
        browser.get(url("/accounts/new"));
        browser.findElement(By.id("username")).sendKeys("bithu.to5." + System.nanoTime() % 100_000);
        browser.findElement(By.id("displayName")).sendKeys("Trần Văn Bình");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("role"))).selectByValue("BRANCH_SECRETARY");
        browser.findElement(By.id("unitCode")).sendKeys("to dan pho");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#unit-options option")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#unit-options option")).getAttribute("value"))
                .isEqualTo(branchCode);
        browser.findElement(By.id("unitCode")).clear();
        browser.findElement(By.id("unitCode")).sendKeys(branchCode);
        screenshot("account-new");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/accounts/\\d+$"));
        assertThat(browser.findElement(By.id("one-time-password")).getText()).matches("\\S{4}(-\\S{4}){3}");
        assertThat(browser.getPageSource()).contains("Bí thư chi bộ", "Chi bộ Tổ dân phố số 5");
        screenshot("account-show");

        browser.get(url("/audit?recordType=account"));
        assertThat(browser.getPageSource()).contains("Tạo tài khoản", "Trần Văn Bình", staff.username());
        screenshot("audit");

        browser.get(url("/swagger-ui/index.html"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector(".swagger-ui .information-container")).isEmpty());
        screenshot("swagger");
        noContentSecurityPolicyRefusals();
    }

    @Test
    void signsInChangesTheOneTimePasswordAndSignsOut() throws Exception {
        browser.manage().deleteAllCookies();
        UnitId city = changes.establish(new EstablishUnit("BR" + System.nanoTime() % 1_000_000_000L,
                "Thành ủy Hải Phòng", UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2010, 1, 1), null, null));
        AccountPrincipal user = accounts.create("bithu", Grant.of(Role.VIEWER, city));
        jdbc.sql("update account set must_change_password = true, display_name = 'Nguyễn Thị Hoa' where id = ?")
                .param(user.accountId()).update();

        browser.get(url("/account"));
        waitForPath("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        screenshot("login");
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        waitForPath("/account/password");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).as("a new session id at sign-in")
                .isNotEqualTo(sessionBefore);
        assertThat(browser.getPageSource()).contains("Vui lòng đặt mật khẩu mới");
        screenshot("must-change-password");
        browser.findElement(By.id("current")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("next")).sendKeys("hoa sen nở giữa mùa hè");
        browser.findElement(By.id("confirm")).sendKeys("hoa sen nở giữa mùa hè");
        browser.findElement(By.id("change-password")).click();

        waitForPath("/account");
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("Đã đổi mật khẩu.");
        assertThat(browser.findElement(By.cssSelector(".usermenu")).getText()).contains("Nguyễn Thị Hoa", "Đăng xuất");
        screenshot("account");

        browser.findElement(By.cssSelector(".usermenu form.signout button")).click();
        waitForPath("/login?logout");
        assertThat(browser.getPageSource()).contains("Bạn đã đăng xuất.");
        browser.get(url("/account"));
        waitForPath("/login");
        assertThat(jdbc.sql("select must_change_password from account where id = ?").param(user.accountId())
                .query(Boolean.class).single()).isFalse();

        noContentSecurityPolicyRefusals();
    }
}
