package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.members.WorkbookFiles;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * A committee's clerk imports a few thousand members: the page shows the upload's progress and the server's
 * steps while it waits, then the result in place of the form, without leaving the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberImportBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int ROWS = 3_000;

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired TestAccounts accounts;
    @Autowired Clock clock;
    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLargeImportShowsHowFarItHasGotThenItsResultOnTheSamePage() throws Exception {
        String p = "MI" + System.nanoTime() % 100000;
        UnitId province = changes.establish(new EstablishUnit(p, "Tỉnh ủy Hậu Giang " + p, UnitType.PROVINCIAL_COMMITTEE,
                null, LocalDate.of(1975, 1, 1), null, null));
        UnitId committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng ủy xã Vị Thanh", UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(1976, 1, 1), null, null));
        changes.establish(new EstablishUnit(p + "-CB", "Chi bộ ấp 1", UnitType.BRANCH, committee,
                LocalDate.of(1976, 1, 1), null, null));
        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(WorkbookFiles.person(i, "093", p + "-CB", LocalDate.now(clock)));
        }
        Path file = WorkbookFiles.xlsxFile(rows);

        var clerk = accounts.create("nhapds", new Grant(Role.COMMITTEE_STAFF, committee));
        Browser.signIn(browser, "http://localhost:" + port, clerk.username(), TestAccounts.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));

        String page = "http://localhost:" + port + "/units/" + committee.value() + "/members/import";
        browser.get(page);
        // Every text the progress box shows, and the token the form sent (set by app.js's listener).
        browser.executeScript("""
                window.shown = [];
                var box = document.getElementById('import-progress');
                new MutationObserver(function () {
                    var text = box.querySelector('.work-progress-label').textContent;
                    if (!box.hidden && window.shown[window.shown.length - 1] !== text) { window.shown.push(text); }
                }).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
                document.addEventListener('submit', function (e) {
                    // read once every submit listener has run, whichever order they were added in
                    var field = e.target.querySelector('input[name="progress"]');
                    window.setTimeout(function () { window.token = field.value; }, 0);
                });""");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[data-progress] button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-success")));
        assertThat(browser.findElement(By.id("import-success")).getText()).isEqualTo("Đã nhập 3.000 hồ sơ đảng viên.");
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.executeScript("return window.shown;");
        assertThat(shown).first().asString().startsWith("Đang gửi tệp lên máy chủ:");
        assertThat((String) browser.executeScript("return window.token || '';")).as("the progress token the form sent")
                .isNotBlank();
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/progress/' + window.token, { headers: { 'Accept': 'application/json' } })
                    .then(function (r) { return r.json(); }).then(done);""");
        assertThat(last).containsEntry("message", "Đã kiểm tra xong, đang ghi 3.000 đảng viên vào cơ sở dữ liệu…");
        // The answer's form works again: a second file can be sent from the same page.
        assertThat(browser.findElement(By.cssSelector("form[data-progress] button[type=submit]")).isEnabled()).isTrue();

        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("member-import-done.png"), browser.getScreenshotAs(OutputType.BYTES));

        // The import is one entry of the clerk's audit log, naming the records it opened.
        browser.get("http://localhost:" + port + "/audit?action=IMPORTED");
        List<WebElement> entries = browser.findElements(By.cssSelector("table.audit tbody tr"));
        assertThat(entries).hasSize(1);
        String entry = entries.getFirst().getText();
        assertThat(entry).contains(clerk.username()).contains("Nhập hồ sơ từ tệp Excel").contains("Đảng viên")
                .contains("Số dòng").contains("3000").containsPattern("\\d+–\\d+");
        Files.write(SCREENSHOTS.resolve("audit-import-entry.png"), browser.getScreenshotAs(OutputType.BYTES));
        Files.deleteIfExists(file);
    }
}
