package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Not part of the build (no *Test/*IT name): screenshots of a running demo started with
 * {@code --demo}, for a person to look at. Run against it with
 * {@code ./mvnw -o test -Dtest=DemoScreenshots -Ddemo.url=http://localhost:18085 -Ddemo.password=<one-time password>
 * -Ddemo.zones=<unit id> -Ddemo.federation=<unit id>}; the images land in target/screenshots.
 */
class DemoScreenshots {

    @Test
    void targetsDashboards() throws IOException {
        String url = System.getProperty("demo.url");
        assumeTrue(url != null, "run only on request, against a running demo (-Ddemo.url)");
        ChromeDriver browser = Browser.start();
        try {
            browser.get(url + "/login");
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys(System.getProperty("demo.password"));
            browser.findElement(By.id("sign-in")).click();
            if (!browser.findElements(By.id("change-password")).isEmpty()) {
                browser.findElement(By.id("current")).sendKeys(System.getProperty("demo.password"));
                browser.findElement(By.id("next")).sendKeys("hoa sen nở giữa mùa hè");
                browser.findElement(By.id("confirm")).sendKeys("hoa sen nở giữa mùa hè");
                browser.findElement(By.id("change-password")).click();
            }
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            shoot(browser, url + "/units/" + System.getProperty("demo.zones") + "/targets?date=2018-06-12",
                    dir.resolve("demo-zones-targets-2018-06-12.png"));
            assertThat(browser.getPageSource()).contains("Kết nạp 110 đảng viên mới");
            shoot(browser, url + "/units/" + System.getProperty("demo.federation") + "/targets?date=2018-02-02",
                    dir.resolve("demo-federation-targets-2018-02-02.png"));
            shoot(browser, url + "/units/" + System.getProperty("demo.zones") + "?date=2018-06-12",
                    dir.resolve("demo-zones-unit-2018-06-12.png"));
            String zones = System.getProperty("demo.zones");
            String federation = System.getProperty("demo.federation");
            shoot(browser, url + "/units/" + zones + "/reports?kind=RANGE&from=2016-05-19&to=2018-06-12",
                    dir.resolve("demo-zones-report-2018-06-12.png"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                    .until(d -> d.getPageSource().contains("611"));
            shoot(browser, null, dir.resolve("demo-zones-report-2018-06-12-loaded.png"));
            shoot(browser, url + "/units/" + zones + "/training", dir.resolve("demo-zones-training.png"));
            shoot(browser, url + "/units/" + federation + "/conferences", dir.resolve("demo-federation-conferences.png"));
            shoot(browser, url + "/units/" + zones + "/inspection", dir.resolve("demo-zones-inspection.png"));
        } finally {
            browser.quit();
        }
    }

    /** Opens the page ({@code null}: stays on the current one) and saves what the browser shows. */
    private static void shoot(ChromeDriver browser, String page, Path file) throws IOException {
        if (page != null) {
            browser.get(page);
        }
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
