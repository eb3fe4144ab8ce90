package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.meetings.ConferenceKind;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.Conferences;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.targets.Fixtures;

/**
 * The committee's office records who attended a conference, one by one, on the conference's page: the typed
 * figure stands until names are listed; a name typed without diacritics finds the members of the committee's
 * branches, those ticked stay ticked while another name is searched, are marked present together, and the
 * attendance phrase is counted from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConferenceAttendeesBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TestAccounts accounts;
    @Autowired Conferences conferences;
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
    void recordsTheAttendeesOfAConferenceOneByOne() throws IOException {
        Fixtures f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        UnitId committee = f.unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động thành phố",
                LocalDate.of(2015, 1, 1));
        UnitId office = f.unit(committee, UnitType.BRANCH, "Chi bộ Văn phòng", LocalDate.of(2015, 1, 1));
        UnitId propaganda = f.unit(committee, UnitType.BRANCH, "Chi bộ Tuyên giáo", LocalDate.of(2015, 1, 1));
        MemberId sang = f.official(office, "Nguyễn Văn Sáng", LocalDate.of(2016, 5, 19));
        MemberId binh = f.official(office, "Trần Thị Bình", LocalDate.of(2016, 5, 19));
        MemberId son = f.official(propaganda, "Nguyễn Văn Sơn", LocalDate.of(2016, 5, 19));
        f.official(propaganda, "Lê Thị Hoa", LocalDate.of(2016, 5, 19));
        long id = conferences.record(new NewConference(committee, ConferenceKind.YEAR_END_REVIEW, LocalDate.of(2018, 2, 2),
                "Tổng kết công tác năm 2017", "Hội trường Liên đoàn Lao động", "Đồng chí Bí thư Đảng ủy", List.of(),
                List.of(), 62, 6, List.of(), null, List.of()));

        var staff = accounts.create("vanphong", new Grant(Role.COMMITTEE_STAFF, committee));
        Browser.signIn(browser, base, staff.username(), TestAccounts.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get(base + "/units/" + committee.value() + "/conferences");
        browser.findElement(By.linkText("02/02/2018")).click();
        assertThat(browser.findElement(By.id("attendance-phrase")).getText()).isEqualTo("62 đảng viên của 06 chi bộ");
        assertThat(browser.findElement(By.id("attendance-source")).getText()).isEqualTo("(số liệu nhập)");
        assertThat(browser.findElements(By.cssSelector("#attendee-choices .choice"))).hasSize(4);
        shot("conference-attendees-01-typed-numbers");

        // "nguyen van s", without diacritics and the last word cut short, finds the two of both branches.
        browser.findElement(By.id("attendee-q")).sendKeys("nguyen van s");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#attendee-choices .choice"), 2));
        assertThat(browser.findElement(By.id("attendee-choices")).getText())
                .contains("Nguyễn Văn Sáng", "Chi bộ Văn phòng", "Nguyễn Văn Sơn", "Chi bộ Tuyên giáo")
                .doesNotContain("Trần Thị Bình");
        browser.findElement(By.cssSelector("label[for='attendee-choice-" + sang.value() + "']")).click();
        // The next name typed replaces the list; Sáng, ticked, stays in it.
        browser.findElement(By.id("attendee-q")).clear();
        browser.findElement(By.id("attendee-q")).sendKeys("tran");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendee-choices"), "Trần Thị Bình"));
        assertThat(browser.findElements(By.cssSelector("#attendee-choices .choice"))).hasSize(2);
        assertThat(browser.findElement(By.id("attendee-choice-" + sang.value())).isSelected()).isTrue();
        browser.findElement(By.cssSelector("label[for='attendee-choice-" + binh.value() + "']")).click();
        shot("conference-attendees-02-search");
        browser.findElement(By.id("mark-present")).click();

        assertThat(browser.findElement(By.id("attendee-notice")).getText()).isEqualTo("Đã ghi nhận 2 đảng viên có mặt.");
        assertThat(browser.findElement(By.id("attendee-count")).getText()).isEqualTo("Theo danh sách: 02 đảng viên của 01 chi bộ");
        assertThat(browser.findElement(By.id("attendance-phrase")).getText()).isEqualTo("02 đảng viên của 01 chi bộ");
        assertThat(browser.findElement(By.id("attendance-source")).getText()).isEqualTo("(tính từ danh sách người dự)");
        assertThat(browser.findElements(By.cssSelector("#attendees tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#attendee-choices .choice"))).hasSize(2);
        shot("conference-attendees-03-recorded");

        // The two left, of the other branch, are ticked at once and marked present; one recorded by mistake is
        // taken off again.
        browser.findElement(By.cssSelector("#add-attendees [data-check-all]")).click();
        browser.findElement(By.id("mark-present")).click();
        wait.until(d -> d.findElement(By.id("attendance-phrase")).getText().equals("04 đảng viên của 02 chi bộ"));
        // htmx swaps the list and the counts in turn: the row's button is looked up again until it holds still
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("#attendee-" + son.value() + " button")).click();
                    return true;
                });
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.findElement(By.id("attendance-phrase")).getText().equals("03 đảng viên của 02 chi bộ"));
        assertThat(conferences.attendees(id, UnitScope.whole(LocalDate.now())))
                .extracting(l -> l.fullName()).containsExactlyInAnyOrder("Nguyễn Văn Sáng", "Trần Thị Bình", "Lê Thị Hoa");
        shot("conference-attendees-04-removed");
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
