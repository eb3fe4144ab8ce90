package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;

/**
 * The committee's clerk opens the reports from the unit's page, previews the mid-term review's
 * figures and targets, writes the narrative, saves it and downloads the Word file, which Chromium
 * saves to a directory the test reads back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TargetBook book;
    @Autowired TestAccounts accounts;
    ChromeDriver browser;
    Path downloads;
    String base;

    @BeforeEach
    void open() throws IOException {
        downloads = Files.createTempDirectory("report-downloads");
        browser = Browser.start(downloads);
        base = "http://localhost:" + port;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void previewsWritesAndDownloadsTheMidTermReview() throws Exception {
        LocalDate congress = LocalDate.of(2016, 5, 19);
        Fixtures f = new Fixtures(changes, registry);
        UnitId city = f.province("Thành ủy Cần Thơ");
        UnitId zones = f.unit(city, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                congress);
        UnitId company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng Tây Đô", congress);
        UnitId branch = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", congress);
        f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", congress);
        f.introducers(branch);
        var term = f.term(zones, 1, congress, 2016, 2020);
        long rid = book.adopt(zones, term.id(), "Nghị quyết Đại hội Đảng bộ lần thứ I", null).id();
        book.addTarget(rid, new TargetDraft(null, "Kết nạp 110 đảng viên mới", Quantity.COUNT, "đảng viên",
                Direction.MORE, Scope.TERM, BigDecimal.valueOf(110), null, "members.admitted", null));
        for (int i = 0; i < 7; i++) {
            f.admitted(branch, "Đảng viên Mới " + i, LocalDate.of(2017, 2, 1).plusDays(i * 30L));
        }
        var clerk = accounts.create("vanphong", new Grant(Role.COMMITTEE_STAFF, zones));

        Browser.signIn(browser, base, clerk.username(), TestAccounts.PASSWORD);

        browser.get(base + "/units/" + zones.value());
        browser.findElement(By.id("reports-link")).click();
        new Select(browser.findElement(By.id("kind"))).selectByValue("MID_TERM");
        var year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2018");
        browser.findElement(By.id("show-report")).click();
        // the figures arrive through htmx after the page
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("targets-table")).isEmpty());
        String preview = browser.findElement(By.id("figures")).getText();
        assertThat(preview).contains("Kết nạp 110 đảng viên mới", "Đang trong lộ trình", "Đảng bộ Công ty Xi măng Tây Đô");
        shot("report-01-preview");

        browser.findElement(By.id("write-report")).click();
        browser.findElement(By.id("number")).sendKeys("12");
        browser.findElement(By.id("place")).sendKeys("Cần Thơ");
        browser.findElement(By.id("signerName")).sendKeys("Nguyễn Thị Hường");
        browser.findElement(By.id("results")).sendKeys("Đảng ủy đã tổ chức được 12 lớp triển khai Nghị quyết Trung ương.");
        browser.findElement(By.id("limitations")).sendKeys("Công tác phát triển đảng viên còn chậm.");
        browser.findElement(By.id("tasks")).sendKeys("Tiếp tục phối hợp với lãnh đạo doanh nghiệp.");
        browser.findElement(By.id("recipients")).sendKeys("Ban Tổ chức Thành ủy");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("targets-table")).isEmpty());
        shot("report-02-editor");
        browser.findElement(By.id("save-draft")).click();
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("Đã lưu dự thảo báo cáo.");

        browser.findElement(By.id("download-docx")).click();
        Path file = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(file); var doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().getFirst().getText()).contains("Số 12-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Cần Thơ, ngày 31 tháng 12 năm 2018");
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("Công tác phát triển đảng viên còn chậm.");
        }
        browser.findElement(By.id("download-pdf")).click();
        Path pdf = awaitDownload(".pdf");
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(pdf, SCREENSHOTS.resolve("report-browser.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path awaitDownload(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
