package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person builds a committee and a branch through the pages and finds them in the tree. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationTreeBrowserIT {

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired vn.dangvu.accounts.TestAccounts accounts;
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
    void createsACommitteeAndABranchAndFindsThemInTheTree() {
        String base = "http://localhost:" + port;
        var admin = accounts.admin();
        Browser.signIn(browser, base, admin.username(), vn.dangvu.accounts.TestAccounts.PASSWORD);
        browser.get(base + "/units");
        browser.findElement(By.linkText("Thêm đảng bộ trực thuộc Trung ương")).click();
        fill("name", "Thành ủy Cần Thơ");
        fill("code", "BT-TU");
        new Select(browser.findElement(By.id("type"))).selectByValue("PROVINCIAL_COMMITTEE");
        setDate("on", "1975-05-01");
        submit();
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("Thành ủy Cần Thơ");

        browser.findElement(By.linkText("Thành lập tổ chức trực thuộc")).click();
        fill("name", "Đảng bộ Liên đoàn Lao động thành phố");
        fill("code", "BT-LDLD");
        new Select(browser.findElement(By.id("type"))).selectByValue("GRASSROOTS_COMMITTEE");
        setDate("on", "2008-03-01");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đảng bộ Liên đoàn Lao động thành phố");

        browser.findElement(By.linkText("Thành lập tổ chức trực thuộc")).click();
        fill("name", "Chi bộ Văn phòng");
        fill("code", "BT-CB-VP");
        new Select(browser.findElement(By.id("type"))).selectByValue("BRANCH");
        setDate("on", "2009-01-05");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chi bộ Văn phòng");

        // The tree expands lazily, level by level.
        browser.get(base + "/units");
        expand("BT-TU");
        expand("BT-LDLD");
        WebElement branch = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("li[data-unit-code='BT-CB-VP'] a")));
        assertThat(branch.getText()).isEqualTo("Chi bộ Văn phòng");

        // Search without diacritics.
        browser.findElement(By.id("q")).sendKeys("lien doan lao dong");
        WebElement hit = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#search-results table a")));
        assertThat(hit.getText()).isEqualTo("Đảng bộ Liên đoàn Lao động thành phố");
        hit.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(hit));
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Thành ủy Cần Thơ");
    }

    /** Submits the page's form and waits for the next page: reading the old page's heading would race the answer. */
    private void submit() {
        WebElement button = browser.findElement(By.cssSelector("main form button[type=submit]"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    }

    private void expand(String code) {
        WebElement toggle = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("li[data-unit-code='" + code + "'] > .node > .toggle")));
        toggle.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(toggle.getDomAttribute("data-loaded")));
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
}
