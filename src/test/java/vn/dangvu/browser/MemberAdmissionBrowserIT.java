package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * A branch's clerk takes a candidate through admission in the pages: the awareness certificate,
 * two introducers chosen by search, the branch's vote, the admission decision and the ceremony;
 * then, with the clock moved a year on, recognition as an official member.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberAdmissionBrowserIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(LocalDate.of(2025, 3, 10), VIETNAM);
        }
    }

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired vn.dangvu.accounts.TestAccounts accounts;
    ChromeDriver browser;
    String base;

    @BeforeEach
    void open() {
        browser = Browser.start();
        base = "http://localhost:" + port;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        clock.set(LocalDate.of(2025, 3, 10));
    }

    @Test
    void takesACandidateThroughAdmissionAndAYearLaterRecognizesThemAsOfficial() throws IOException {
        String p = "BA" + System.nanoTime() % 100000;
        UnitId province = changes.establish(new EstablishUnit(p, "Tỉnh ủy Hậu Giang " + p, UnitType.PROVINCIAL_COMMITTEE,
                null, LocalDate.of(1976, 1, 1), null, null));
        UnitId committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ Sở Y tế", UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(1990, 1, 1), null, null));
        UnitId branch = changes.establish(new EstablishUnit(p + "-CB", "Chi bộ Phòng Nghiệp vụ", UnitType.BRANCH,
                committee, LocalDate.of(1990, 1, 1), null, null));
        official("Trần Văn Giới", Sex.MALE, LocalDate.of(1970, 3, 3), branch, LocalDate.of(1995, 5, 5));
        official("Lê Thị Thiệu", Sex.FEMALE, LocalDate.of(1972, 4, 4), branch, LocalDate.of(1998, 6, 6));

        var secretary = accounts.create("bithu", new vn.dangvu.accounts.Grant(vn.dangvu.accounts.Role.COMMITTEE_STAFF, committee));
        Browser.signIn(browser, base, secretary.username(), vn.dangvu.accounts.TestAccounts.PASSWORD);
        browser.get(base + "/units/" + branch.value() + "/members");
        shot("01-list-before");
        browser.findElement(By.linkText("Thêm quần chúng ưu tú")).click();
        fill("fullName", "Nguyễn Văn Sẵn");
        new Select(browser.findElement(By.id("sex"))).selectByValue("MALE");
        setDate("birthDate", "1995-04-12");
        fill("identityNumber", "001095012345");
        setDate("on", "2025-01-06");
        shot("02-new-candidate");
        submit();
        assertThat(flash()).isEqualTo("Đã thêm quần chúng ưu tú Nguyễn Văn Sẵn.");
        assertThat(status()).isEqualTo("Quần chúng ưu tú");

        step("AwarenessCertified", "2025-01-20");
        fill("certificateNumber", "123-GCN/TTCT");
        submit();
        assertThat(flash()).contains("Cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng");

        step("Introduced", "2025-02-03");
        chooseBySearch("firstIntroducer", "tran van gioi", "Trần Văn Giới");
        chooseBySearch("secondIntroducer", "thieu", "Lê Thị Thiệu");
        shot("03-introducers");
        submit();
        assertThat(flash()).contains("Đảng viên giới thiệu");

        step("BranchVoted", "2025-02-17");
        fill("votesFor", "3");
        fill("votesTotal", "7");
        fill("resolutionNumber", "05-NQ/CB");
        submit();
        // Three of seven is no majority: the form comes back as typed, with the rule's message.
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .contains("cần trên một nửa số đảng viên chính thức tán thành (mới 3/7)");
        assertThat(browser.findElement(By.id("resolutionNumber")).getDomProperty("value")).isEqualTo("05-NQ/CB");
        shot("04-refused-vote");
        fill("votesFor", "6");
        submit();
        assertThat(flash()).contains("Chi bộ xét, đề nghị kết nạp");

        step("AdmissionDecided", "2025-03-03");
        fill("decisionNumber", "45-QĐ/ĐU");
        submit();
        assertThat(status()).isEqualTo("Đảng viên dự bị");

        step("CeremonyHeld", "2025-03-10");
        submit();
        assertThat(browser.findElement(By.id("probation-end")).getText()).isEqualTo("10/03/2026");
        assertThat(browser.findElement(By.id("identity-number")).getText()).contains("001******345");
        browser.findElement(By.cssSelector("#identity-number button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("identity-number"), "001095012345"));
        shot("05-probationary-record");
        String record = browser.getCurrentUrl();

        // Near the end of probation the unit page reminds the committee.
        clock.set(LocalDate.of(2026, 2, 20));
        browser.get(base + "/units/" + committee.value());
        WebElement reminders = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.id("reminders")));
        assertThat(reminders.getText()).contains("Sắp hết thời gian dự bị").contains("Nguyễn Văn Sẵn");
        shot("06-unit-reminders");

        clock.set(LocalDate.of(2026, 3, 16));
        browser.get(record);
        step("RecognizedOfficial", "2026-03-16");
        fill("decisionNumber", "120-QĐ/ĐU");
        submit();
        assertThat(status()).isEqualTo("Đảng viên chính thức");
        assertThat(browser.findElement(By.id("party-age")).getText()).isEqualTo("1 năm 0 tháng");
        assertThat(browser.findElements(By.cssSelector("#member-timeline li")))
                .extracting(e -> e.getDomAttribute("data-kind"))
                .containsExactly("CandidateRegistered", "AwarenessCertified", "Introduced", "BranchVoted",
                        "AdmissionDecided", "CeremonyHeld", "RecognizedOfficial");
        shot("07-official-record");

        browser.get(base + "/members/search");
        browser.findElement(By.id("q")).sendKeys("nguyen van san");
        WebElement hit = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#member-results table a")));
        assertThat(hit.getText()).isEqualTo("Nguyễn Văn Sẵn");
        shot("08-search");
        browser.get(base + "/units/" + branch.value() + "/members");
        shot("09-list-after");
    }

    private void official(String name, Sex sex, LocalDate born, UnitId branch, LocalDate admitted) {
        registry.openRecord(new Profile(name, sex, born, "Kinh", "Không", null, null, null, null, null, null, null, null,
                null, null), new RecordOpened(LocalDate.of(2010, 1, 4), branch, admitted, admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1)));
    }

    /** Opens the form of the next step from the member's page and sets its date. */
    private void step(String kind, String isoDate) {
        browser.findElement(By.cssSelector("a[href$='/events/" + kind + "']")).click();
        setDate("on", isoDate);
    }

    /** Types into the search box of a choice list, waits for the person to appear alone, and picks them. */
    private void chooseBySearch(String field, String query, String name) {
        WebElement search = browser.findElement(By.id(field + "-q"));
        search.sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#" + field + "-choices .choice")).size() == 1
                        && d.findElement(By.cssSelector("#" + field + "-choices .choice label")).getText().contains(name));
        browser.findElement(By.cssSelector("#" + field + "-choices .choice label")).click();
        assertThat(browser.findElement(By.cssSelector("#" + field + "-choices input[type=radio]")).isSelected()).isTrue();
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private String flash() {
        return browser.findElement(By.cssSelector(".alert.success")).getText();
    }

    private String status() {
        return browser.findElement(By.id("member-status")).getText();
    }

    private void fill(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take the value through script: typing into them depends on the browser's locale. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("members-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
