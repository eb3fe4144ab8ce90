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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.meetings.ConferenceKind;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.Conferences;
import vn.dangvu.meetings.MeetingViews.MeetingView;
import vn.dangvu.meetings.Meetings;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;

/**
 * A branch secretary records the monthly meeting of a branch of forty members and takes its attendance with
 * the keyboard on one screen: everyone is present by default; "2" on a row marks an absence with reason and
 * moves to the reason, "3" an absence without reason, Tab goes to the next person; one save.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingAttendanceBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang"};

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TestAccounts accounts;
    @Autowired Meetings meetings;
    @Autowired Conferences conferences;
    @Autowired JdbcClient jdbc;
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
    }

    @Test
    void takesTheAttendanceOfFortyMembersWithTheKeyboard() throws IOException {
        Fixtures f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        UnitId committee = f.unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động thành phố",
                LocalDate.of(2015, 1, 1));
        UnitId branch = f.unit(committee, UnitType.BRANCH, "Chi bộ Văn phòng", LocalDate.of(2015, 1, 1));
        f.unit(committee, UnitType.BRANCH, "Chi bộ Tuyên giáo", LocalDate.of(2015, 1, 1));
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add(f.official(branch, FAMILY[i % 8] + " Văn " + GIVEN[i / 8], LocalDate.of(2016, 5, 19)));
        }
        conferences.record(new NewConference(committee, ConferenceKind.YEAR_END_REVIEW, LocalDate.of(2018, 2, 2),
                "Tổng kết công tác năm 2017, sơ kết giữa nhiệm kỳ 2015 – 2020", "Hội trường Liên đoàn Lao động",
                "Đồng chí Bí thư Đảng ủy", List.of(Guest.parse("Nguyễn Văn Sẵn, Ủy viên Thường vụ, Trưởng ban Tuyên giáo "
                        + "Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ")), List.of(), 62, 6,
                List.of("Nghị quyết công tác năm 2018"), "Hội nghị thống nhất các chỉ tiêu năm 2018.", List.of()));

        var secretary = accounts.create("bithu", new Grant(Role.COMMITTEE_STAFF, committee));
        Browser.signIn(browser, base, secretary.username(), TestAccounts.PASSWORD);

        browser.get(base + "/units/" + branch.value());
        browser.findElement(By.id("meetings-link")).click();
        browser.findElement(By.id("new-meeting")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('heldOn').value = '2018-01-10'");
        browser.findElement(By.id("place")).sendKeys("Hội trường tầng 2");
        browser.findElement(By.id("chair")).sendKeys("Đồng chí Bí thư chi bộ");
        shot("meetings-01-new");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Mời điểm danh");
        assertThat(browser.findElements(By.cssSelector("table.roll tbody tr"))).hasSize(40);

        List<WebElement> rows = browser.findElements(By.cssSelector("table.roll tbody tr"));
        long third = rowMember(rows.get(2));
        long sixth = rowMember(rows.get(5));
        long seventh = rowMember(rows.get(6));
        // Third row: "2" marks an absence with reason and moves to the reason.
        radio(third, "PRESENT").sendKeys("2");
        WebElement reason = browser.switchTo().activeElement();
        assertThat(reason.getDomAttribute("name")).isEqualTo("r-" + third);
        reason.sendKeys("Đi công tác Hà Nội");
        // Sixth row: "3", absent without reason; Tab skips the disabled reason to the seventh row.
        radio(sixth, "PRESENT").sendKeys("3");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = browser.switchTo().activeElement();
        assertThat(next.getDomAttribute("name")).isEqualTo("p-" + seventh);
        next.sendKeys("3");
        shot("meetings-02-attendance");
        browser.findElement(By.id("save-attendance")).sendKeys(Keys.ENTER);

        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã lưu điểm danh 40 đảng viên.");
        long meetingId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/meetings/(\\d+).*", "$1"));
        MeetingView saved = meetings.find(meetingId).orElseThrow();
        assertThat(saved.expected()).isEqualTo(40);
        assertThat(saved.present()).isEqualTo(37);
        assertThat(saved.excused()).isEqualTo(1);
        assertThat(saved.unexcused()).isEqualTo(2);
        assertThat(jdbc.sql("select reason from meeting_attendance where meeting_id = :m and member_id = :p")
                .param("m", meetingId).param("p", third).query(String.class).single())
                .isEqualTo("Đi công tác Hà Nội");
        assertThat(radio(sixth, "UNEXCUSED").isSelected()).isTrue();
        assertThat(radio(seventh, "UNEXCUSED").isSelected()).isTrue();
        assertThat(radio(third, "EXCUSED").isSelected()).isTrue();
        shot("meetings-03-saved");

        browser.get(base + "/units/" + branch.value() + "/meetings?year=2018");
        shot("meetings-04-list");
        browser.get(base + "/units/" + committee.value() + "/meetings/overview?period=2018-01");
        assertThat(browser.findElement(By.id("overview")).getText()).contains("Chi bộ Văn phòng", "Chi bộ Tuyên giáo");
        shot("meetings-05-overview");
        browser.get(base + "/units/" + committee.value() + "/conferences");
        browser.findElement(By.linkText("02/02/2018")).click();
        assertThat(browser.findElement(By.id("attendance-phrase")).getText()).isEqualTo("62 đảng viên của 06 chi bộ");
        shot("meetings-06-conference");
        browser.get(base + "/units/" + committee.value() + "/conferences/new");
        shot("meetings-07-conference-form");
    }

    private WebElement radio(long member, String value) {
        return browser.findElement(By.cssSelector("input[name='p-" + member + "'][value='" + value + "']"));
    }

    private static long rowMember(WebElement row) {
        return Long.parseLong(row.getDomAttribute("id").substring("row-".length()));
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
