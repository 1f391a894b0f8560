package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's view of the platform: headless Debian Chromium on the real distribution. Opens the home
 * page, follows the engineering plugin's screen, and watches the plugin leave and come back (feature
 * uninstall, jar dropped into and removed from deploy/) in the same open page, without a reload.
 * Screenshots go to target/screenshots.
 */
public class BrowserIT {

    private static final String ENGINEERING_LINK = "#main-navigation a[data-route='series/engineering']";
    private static final Duration UI_TIMEOUT = Browser.UI_TIMEOUT;

    private InstalledDistribution platform;
    private Browser web;
    private ChromeDriver browser;

    @Before
    public void startPlatformAndBrowser() throws Exception {
        platform = InstalledDistribution.unpack("browser");
        platform.start();
        web = new Browser("http://localhost:" + platform.httpPort() + "/");
        browser = web.driver;
    }

    @After
    public void stop() throws Exception {
        try {
            if (web != null) {
                web.close();
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Test
    public void homePageShowsTheSeriesAndThePluginScreenInChinese() throws Exception {
        browser.get(baseUrl());
        waitFor("#home-view");
        assertEquals("阿克苏地区职称评审平台", browser.getTitle());
        WebElement link = waitFor(ENGINEERING_LINK);
        assertEquals("工程系列", link.getText());
        waitForStatus("工程系列", "受理中");
        screenshot("01-home");

        link.click();
        WebElement committees = waitFor("#engineering-committees");
        assertTrue("committee of 林业专业 (R-39)", committees.getText().contains("0997-6797234"));
        assertEquals("page", browser.findElement(By.cssSelector(ENGINEERING_LINK)).getAttribute("aria-current"));
        screenshot("02-engineering-screen");

        browser.findElement(By.id("switch-language")).click();
        waitForText(ENGINEERING_LINK, "Engineering");
        screenshot("03-engineering-screen-english");
        browser.findElement(By.id("switch-language")).click();
        waitForText(ENGINEERING_LINK, "工程系列");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(baseUrl());
        waitFor("#home-view");
        screenshot("04-home-phone");
    }

    /** The API's browsable page (issue 11): Swagger UI served by the platform itself, no CDN, lists the operations. */
    @Test
    public void apiDocsPageListsTheOperationsOffline() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        // /api starts a little after the web UI; reload until the page is there
        Browser.until(browser, d -> {
            d.get(baseUrl() + "api/docs");
            return !d.findElements(By.id("swagger-ui")).isEmpty();
        });
        Browser.until(browser, d -> d.findElements(By.cssSelector(".opblock-summary-path")).size() > 40);
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path")).toList();
        assertTrue(paths.toString(), paths.contains("/v1/applications/{id}/entrustment-letter")
                && paths.contains("/v1/filings") && paths.contains("/v1/published-results"));
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().contains("Zhicheng"));
        screenshot("08-api-docs");
    }

    @Test
    public void pluginLeavesAndReturnsInAnOpenPageWithoutReload() throws Exception {
        browser.get(baseUrl() + "series/engineering");
        waitFor("#engineering-committees");
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
        Browser.until(browser, d -> {
            List<String> cells = d.findElements(By.cssSelector("#series-grid vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
            int at = cells.indexOf(series);
            return at >= 0 && at + 2 < cells.size() && cells.get(at + 2).equals(status);
        });
    }
}
