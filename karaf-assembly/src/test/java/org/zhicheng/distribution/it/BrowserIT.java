package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's view of the platform: headless Debian Chromium on the real distribution. Opens the home
 * page, follows the engineering plugin's screen (its department's project portfolio review), and watches the
 * plugin leave and come back (feature uninstall, jar dropped into and removed from deploy/) in the same open page,
 * without a reload.
 * Screenshots go to target/screenshots. Runs last in {@link DemoBrowsersIT} (it leaves the engineering plugin removed),
 * or alone with {@code -Dit.test=BrowserIT} on a distribution of its own.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING) // the plugin's leaving and return (c_) come last: it ends with the plugin gone
public class BrowserIT {

    private static final String ENGINEERING_LINK = "#main-navigation a[data-route='engineering/portfolio']";
    private static final String DEPARTMENT = "dept-engineering";
    private static final Duration UI_TIMEOUT = Browser.UI_TIMEOUT;

    private static DemoInBrowser demo;
    private static InstalledDistribution platform;
    private static Browser web;
    private static ChromeDriver browser;

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        demo = DemoInBrowser.start("browser"); // DemoBrowsersIT's shared distribution when run inside it
        platform = demo.platform;
        web = demo.browser;
        browser = web.driver;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    public void a_homePageShowsTheSeriesAndThePluginScreenInChinese() throws Exception {
        browser.get(baseUrl());
        waitFor("#home-view");
        assertEquals("阿克苏地区职称评审平台", browser.getTitle());
        waitForStatus("工程系列", "受理中");
        screenshot("01-home");
        // the policy is in force in the browser (issue 15): a script from another origin is refused, and the console says so
        browser.executeScript("const s = document.createElement('script'); s.src = 'https://cdn.example.com/x.js';"
                + " document.head.appendChild(s);");
        Browser.until(browser, d -> !web.cspViolations().isEmpty());

        web.login(DEPARTMENT, "zhicheng");
        WebElement link = waitFor(ENGINEERING_LINK);
        assertEquals("工程项目业绩审阅", link.getText());
        link.click();
        waitForText("#engineering-projects vaadin-grid-cell-content", "多浪渠灌区续建配套与节水改造工程"); // a demo applicant's project
        assertEquals("page", browser.findElement(By.cssSelector(ENGINEERING_LINK)).getAttribute("aria-current"));
        screenshot("02-engineering-screen");

        browser.findElement(By.id("switch-language")).click();
        waitForText(ENGINEERING_LINK, "Project portfolio review");
        screenshot("03-engineering-screen-english");
        browser.findElement(By.id("switch-language")).click();
        waitForText(ENGINEERING_LINK, "工程项目业绩审阅");
        web.logout();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(baseUrl());
        waitFor("#home-view");
        screenshot("04-home-phone");
    }

    /** The API's browsable page (issue 11): Swagger UI served by the platform itself, no CDN, lists the operations. */
    @Test
    public void b_apiDocsPageListsTheOperationsOffline() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        // /api starts a little after the web UI: wait for its operations, then reload until the page is there
        Await.until("the REST API", Duration.ofSeconds(90),
                () -> {
                    try {
                        return Http.get(platform.httpPort(), "/api/v1/series").status() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        Browser.until(browser, d -> {
            d.get(baseUrl() + "api/docs");
            return !d.findElements(By.id("swagger-ui")).isEmpty();
        });
        // Swagger UI renders its long list of operations virtually (only what is on screen): scroll it through
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        java.util.Set<String> paths = new java.util.TreeSet<>();
        java.util.Set<String> tags = new java.util.TreeSet<>();
        // read in one script each time: the virtual list replaces its elements while it scrolls (stale references)
        String read = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]));";
        List<String> wanted = List.of("accounts", "applications", "meeting", "documents", "spreadsheets", "workflow");
        // the list may still grow while it is scrolled (its end reached early): a later pass from the top reads it all
        for (int pass = 0; pass < 3 && !tags.containsAll(wanted); pass++) {
            browser.executeScript("window.scrollTo(0, 0);");
            for (int step = 0; step < 400; step++) {
                paths.addAll(strings(browser.executeScript(read, ".opblock-summary-path", "data-path")));
                tags.addAll(strings(browser.executeScript(read, "h3.opblock-tag", "data-tag")));
                Object atEnd = browser.executeScript("window.scrollBy(0, 600);"
                        + " return window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;");
                if (Boolean.TRUE.equals(atEnd) && step > 2) {
                    break;
                }
            }
            // the list renders its last part a moment after the scroll: read the end until it has been drawn
            for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(250)) {
                browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
                paths.addAll(strings(browser.executeScript(read, ".opblock-summary-path", "data-path")));
                tags.addAll(strings(browser.executeScript(read, "h3.opblock-tag", "data-tag")));
                if (tags.contains("workflow")) {
                    break;
                }
            }
        }
        assertTrue(tags.toString(), tags.containsAll(wanted));
        assertTrue(paths.size() + " " + paths, paths.size() > 80 && paths.contains("/v1/applications/{id}/entrustment-letter")
                && paths.contains("/v1/filings") && paths.contains("/v1/published-results"));
        browser.executeScript("window.scrollTo(0, 0);");
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().contains("Zhicheng"));
        screenshot("08-api-docs");
    }

    /** A script's list of strings (nulls left out). */
    private static List<String> strings(Object scriptResult) {
        return ((List<?>) scriptResult).stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
    }

    @Test
    public void c_pluginLeavesAndReturnsInAnOpenPageWithoutReload() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        web.login(DEPARTMENT, "zhicheng");
        web.open("engineering/portfolio");
        waitFor("#engineering-projects");
        browser.executeScript("window.zhichengSamePage = true;");

        platform.client("feature:uninstall zhicheng-series-engineering");
        new WebDriverWait(browser, UI_TIMEOUT).until(d -> d.findElements(By.cssSelector(ENGINEERING_LINK)).isEmpty());
        WebElement home = waitFor("#home-view");
        waitForStatus("工程系列", "暂停受理");
        assertTrue("a user on the removed screen is taken home", browser.getCurrentUrl().equals(baseUrl()));
        assertTrue(home.isDisplayed());
        assertSamePage();
        screenshot("05-plugin-removed");

        Path jar = platform.home().resolve("system/org/zhicheng/zhicheng-series-engineering/1.0.0-SNAPSHOT/"
                + "zhicheng-series-engineering-1.0.0-SNAPSHOT.jar");
        Path deployed = platform.home().resolve("deploy/zhicheng-series-engineering.jar");
        long copied = System.nanoTime();
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        new WebDriverWait(browser, UI_TIMEOUT, Duration.ofMillis(50))
                .until(d -> !d.findElements(By.cssSelector(ENGINEERING_LINK)).isEmpty());
        long visibleMillis = (System.nanoTime() - copied) / 1_000_000;
        waitForStatus("工程系列", "受理中");
        assertSamePage();
        screenshot("06-plugin-dropped-into-deploy");
        record("jar copied into deploy/ -> link visible in the open page: " + visibleMillis + " ms");

        long removed = System.nanoTime();
        Files.delete(deployed);
        new WebDriverWait(browser, UI_TIMEOUT, Duration.ofMillis(50))
                .until(d -> d.findElements(By.cssSelector(ENGINEERING_LINK)).isEmpty());
        record("jar removed from deploy/ -> link gone from the open page: " + (System.nanoTime() - removed) / 1_000_000 + " ms");
        assertSamePage();
        screenshot("07-plugin-jar-removed");
    }

    private void assertSamePage() {
        assertEquals("the page was reloaded", Boolean.TRUE, browser.executeScript("return window.zhichengSamePage === true;"));
    }

    private String baseUrl() {
        return web.baseUrl();
    }

    private WebElement waitFor(String css) {
        return web.waitFor(css);
    }

    private void waitForText(String css, String text) {
        web.waitForText(css, text);
    }

    private void screenshot(String name) throws IOException {
        web.screenshot(name);
    }

    private void record(String line) throws IOException {
        web.record(line);
    }

    /** The home grid's status cell of one series (cells: name, specialties, status). */
    private void waitForStatus(String series, String status) {
        // a plugin's series is declared anew when its jar comes back: on a busy machine that takes longer than a screen
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            List<String> cells = d.findElements(By.cssSelector("#series-grid vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
            int at = cells.indexOf(series);
            return at >= 0 && at + 2 < cells.size() && cells.get(at + 2).equals(status);
        });
    }
}
