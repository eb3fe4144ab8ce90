package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.inspection.InspectionViews;
import vn.dangvu.inspection.Inspections;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.ratings.RatingLevel;
import vn.dangvu.ratings.RatingPeriod;
import vn.dangvu.ratings.Ratings;
import vn.dangvu.targets.Fixtures;

/**
 * A committee's clerk rates a branch's members for 2018 on the one screen with the keyboard, then
 * reads the committee's overview and its inspection page; screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatingScreensBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired Ratings ratings;
    @Autowired Inspections inspections;
    @Autowired TestAccounts accounts;
    ChromeDriver browser;
    String base;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1280, 1500));
        base = "http://localhost:" + port;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void ratesABranchWithTheKeyboardAndReadsTheOverviewAndTheInspectionPage() throws IOException {
        Fixtures f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        UnitId zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", FOUNDED);
        UnitId company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng Tây Đô", FOUNDED);
        UnitId workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng Sản xuất", FOUNDED);
        UnitId office = f.unit(company, UnitType.BRANCH, "Chi bộ Văn phòng", FOUNDED);
        Map<MemberId, RatingLevel> officeLevels = new LinkedHashMap<>();
        String[] names = {"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Võ Văn Em"};
        for (String name : names) {
            f.official(workshop, name);
        }
        for (String name : new String[] {"Đỗ Văn Giàu", "Hồ Thị Hạnh", "Lý Văn Khoa"}) {
            officeLevels.put(f.official(office, name), RatingLevel.GOOD);
        }
        RatingPeriod y2018 = RatingPeriod.year(2018);
        ratings.rateMembers(office, y2018, officeLevels, true);
        inspections.openCase(new InspectionViews.NewCase(zones, null, InspectionViews.Kind.INSPECTION,
                InspectionViews.Basis.SIGNS_OF_VIOLATION, company, null, LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31), LocalDate.of(2018, 3, 1), LocalDate.of(2018, 4, 10),
                "Có vi phạm trong quản lý tài chính; đề nghị kiểm điểm rút kinh nghiệm."));
        inspections.openCase(new InspectionViews.NewCase(zones, null, InspectionViews.Kind.SUPERVISION,
                InspectionViews.Basis.THEMATIC, company, null, null, null, LocalDate.of(2018, 9, 1), null, null));

        var admin = accounts.create("xeploai", Grant.admin());
        Browser.signIn(browser, base, admin.username(), TestAccounts.PASSWORD);

        browser.get(base + "/units/" + workshop.value() + "/ratings?year=2018");
        shot("01-branch-empty");
        // keyboard: focus the first row's first level, arrow right moves to "Tốt"; Tab to the next row
        var first = browser.findElements(By.cssSelector("#member-ratings input[type=radio]")).getFirst();
        first.sendKeys(Keys.SPACE);
        first.sendKeys(Keys.ARROW_RIGHT);
        for (int row = 1; row < names.length; row++) {
            browser.findElements(By.cssSelector("#member-ratings input[type=radio][value=GOOD]")).get(row).click();
        }
        browser.findElements(By.cssSelector("#member-ratings input[type=radio][value=EXCELLENT]")).get(2).click();
        browser.findElements(By.cssSelector("#member-ratings input[type=radio][value=EXCELLENT]")).get(4).click();
        browser.findElement(By.cssSelector("#member-ratings button[value=draft]")).click();
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("Đã lưu nháp 5 kết quả");
        shot("02-branch-drafts");
        browser.findElement(By.cssSelector("#member-ratings button[value=decide]")).click();
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("Đã quyết định 5 kết quả");
        shot("03-branch-decided");

        browser.get(base + "/units/" + company.value() + "/ratings?year=2018");
        assertThat(browser.findElement(By.id("cap-exceeded")).getText()).contains("vượt 20%");
        shot("04-company-overview");
        browser.get(base + "/units/" + zones.value() + "/inspection");
        shot("05-inspection");
        browser.get(base + "/units/" + zones.value() + "/inspection/cases/new");
        shot("06-case-form");
        browser.get(base + "/units/" + company.value() + "/ratings?year=2018&lang=en");
        shot("07-company-overview-en");
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("ratings-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
