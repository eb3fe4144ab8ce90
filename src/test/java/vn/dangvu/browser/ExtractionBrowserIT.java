package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDirectory;
import vn.dangvu.targets.TargetDraft;

/**
 * A committee's clerk uploads the public sample report as a file, sees its figures highlighted beside the
 * list, discards one and records another into a target measured by hand. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtractionBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired TargetBook book;
    @Autowired TargetDirectory directory;
    @Autowired TestAccounts accounts;
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
    void readsAReportHighlightsItsFiguresAndRecordsOneIntoATarget() throws IOException {
        String p = "EX" + System.nanoTime() % 100000;
        UnitId city = changes.establish(new EstablishUnit(p, "Thành ủy Cần Thơ " + p, UnitType.PROVINCIAL_COMMITTEE,
                null, LocalDate.of(2004, 1, 1), null, null));
        UnitId zones = changes.establish(new EstablishUnit(p + "-KCX", "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                UnitType.UPPER_GRASSROOTS_COMMITTEE, city, LocalDate.of(2016, 5, 19), null, null));
        // The report is of 12/6/2018: its figures go into the resolution of the 2016–2020 term.
        var term = changes.openTerm(new OpenTerm(zones, 1, LocalDate.of(2016, 5, 19), 2016, 2020));
        var resolution = book.adopt(zones, term.id(), "Nghị quyết Đại hội Đảng bộ lần thứ I", null);
        var target = book.addTarget(resolution.id(), new TargetDraft(null, "Kết nạp đảng viên mới (báo cáo của cơ sở)",
                Quantity.COUNT, "đảng viên", Direction.MORE, Scope.TERM, new BigDecimal("110"), null, null, MeasureKind.FLOW));

        var clerk = accounts.create("vanphong", new Grant(Role.COMMITTEE_STAFF, zones));
        Browser.signIn(browser, "http://localhost:" + port, clerk.username(), TestAccounts.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get("http://localhost:" + port + "/units/" + zones.value() + "/extractions");
        Path file = Files.createTempFile("bao-cao", ".txt");
        try (InputStream in = new ClassPathResource("extraction/tuning/t01.txt").getInputStream()) {
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("read")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.fact")));
        assertThat(browser.findElements(By.cssSelector("li.figure"))).hasSize(11);
        assertThat(browser.findElement(By.id("fact-2")).getText()).isEqualTo("kết nạp 77/110 đảng viên mới, đạt 70%");
        shot("extraction-01-read");

        browser.findElement(By.cssSelector("#row-0 [data-discard]")).click();
        assertThat(browser.findElements(By.cssSelector("li.figure"))).hasSize(10);
        assertThat(browser.findElement(By.id("fact-0")).getAttribute("class")).contains("discarded");

        browser.findElement(By.cssSelector("#row-2 form.confirm button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-2 .alert.success")));
        assertThat(browser.findElement(By.cssSelector("#row-2 .alert.success")).getText()).contains("Đã ghi giá trị vào chỉ tiêu 1");
        assertThat(directory.manualValues(target.id())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("77"));
        shot("extraction-02-confirmed");
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1800));
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
