package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.training.ClassDraft;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.Outcome;
import vn.dangvu.training.TrainingBook;
import vn.dangvu.training.TrainingDirectory;

/**
 * A committee's office marks the register of a class of forty in the browser: everyone ticked in one
 * click, one absence unticked from the keyboard, saved once; then the campaign's bars. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PLENUMS = "Nghị quyết Trung ương 4, 5, 6 (khóa XII)";
    static final String[] NAMES = {"Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Hoàng Minh", "Phạm Thu Trang", "Huỳnh Văn Tài",
            "Võ Thị Mai", "Đặng Quốc Bảo", "Bùi Thanh Tâm", "Đỗ Minh Khoa", "Hồ Thị Ngọc"};

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TrainingBook book;
    @Autowired TrainingDirectory directory;
    @Autowired vn.dangvu.accounts.TestAccounts accounts;
    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void marksAClassOfFortyInOneSaveAndSeesTheCampaign() throws IOException {
        Fixtures f = new Fixtures(changes, registry);
        LocalDate founded = LocalDate.of(2016, 5, 19);
        UnitId province = f.province("Thành ủy Cần Thơ");
        UnitId zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                founded);
        UnitId company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng Tây Đô", founded);
        UnitId workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", founded);
        UnitId office = f.unit(company, UnitType.BRANCH, "Chi bộ Văn phòng", founded);
        List<MemberId> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(f.official(i % 3 == 0 ? office : workshop, NAMES[i % NAMES.length] + " " + (char) ('A' + i / 10)
                    + (i % 10), founded));
        }
        long last = 0;
        for (int c = 0; c < 5; c++) {
            LocalDate start = LocalDate.of(2017, 3, 6).plusWeeks(c * 4L);
            last = book.plan(c % 2 == 0 ? zones : company, new ClassDraft(ClassKind.RESOLUTION,
                    "Học tập Nghị quyết Trung ương 4, 5, 6 – đợt " + (c + 1), PLENUMS, "Trung tâm Chính trị quận Ninh Kiều",
                    start, start.plusDays(2), "Hội trường Đảng ủy"));
            List<MemberId> enrolled = people.subList(0, c == 4 ? 40 : 20 + c * 4);
            book.enrol(last, enrolled);
            if (c < 4) {
                int absent = c;
                book.record(last, enrolled.stream().map(p -> new Outcome(p, enrolled.indexOf(p) >= absent,
                        enrolled.indexOf(p) >= absent, null)).toList());
            }
        }

        String base = "http://localhost:" + port;
        var admin = accounts.admin();
        Browser.signIn(browser, base, admin.username(), vn.dangvu.accounts.TestAccounts.PASSWORD);

        browser.get(base + "/units/" + zones.value() + "/training");
        shot("list");
        browser.get(base + "/training/classes/" + last);
        browser.findElement(By.cssSelector("[data-check-all=attended]")).click();
        browser.findElement(By.cssSelector("[data-check-all=completed]")).click();
        // one absence, unticked from the keyboard
        var absent = browser.findElement(By.id("attended-" + people.get(7).value()));
        absent.sendKeys(Keys.SPACE);
        browser.findElement(By.id("completed-" + people.get(7).value())).sendKeys(Keys.SPACE);
        shot("register");
        browser.findElement(By.id("save-register")).click();
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("Đã lưu điểm danh");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("40 học viên, 39 có mặt (đạt 97,5%)");
        assertThat(directory.find(last).orElseThrow().completed()).isEqualTo(39);

        browser.findElement(By.linkText("Xem cả đợt")).click();
        assertThat(browser.findElement(By.id("campaign-line")).getText()).startsWith("5 lớp triển khai " + PLENUMS);
        shot("campaign");
        browser.get(base + "/units/" + zones.value() + "/training/new");
        browser.findElement(By.id("title")).sendKeys("Lớp học tập đợt 6");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        shot("form-refused");
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("training-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
