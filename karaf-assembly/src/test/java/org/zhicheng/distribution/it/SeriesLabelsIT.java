package org.zhicheng.distribution.it;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;

/**
 * Issue 13, descriptor labels in resource bundles, as a user sees them: the home page's series list and the public
 * scoring standards page show engineering's and health's labels in English once the user switches to English (from
 * their ZH-INF/l10n bundles), and a series whose plugin gives no English in Chinese. Screenshots:
 * target/screenshots/labels-*.png.
 */
public class SeriesLabelsIT {

    private static DemoInBrowser demo;

    @Rule
    public final TestWatcher screenshotOnFailure = DemoInBrowser.screenshotOnFailure(() -> demo.browser, "labels-FAILED-");

    @BeforeClass
    public static void start() throws Exception {
        demo = DemoInBrowser.start("labels");
    }

    @AfterClass
    public static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    public void seriesAndScoringLabelsShowInEnglishInTheEnglishUi() throws Exception {
        Browser browser = demo.browser;
        browser.open("");
        browser.waitFor("#home-view");
        browser.waitForText("#home-view vaadin-grid-cell-content", "工程系列");
        browser.click("#switch-language");
        browser.waitForText("#home-view vaadin-grid-cell-content", "Engineering series");
        browser.waitForText("#home-view vaadin-grid-cell-content", "Health series");
        // every series plugin now ships English labels: archives' name is English too, no Chinese series name left
        browser.waitForText("#home-view vaadin-grid-cell-content", "Archives series");
        String home = browser.allText();
        assertFalse("no series left in Chinese in the English UI", home.contains("档案系列"));
        browser.screenshot("labels-01-home-english");

        browser.open("standards");
        browser.pick("#standards-series", "Health series");
        browser.waitForText("#standards-view vaadin-grid-cell-content", "Medical ethics and conduct");
        browser.waitForText("#standards-view vaadin-grid-cell-content", "Clinical workload");
        browser.screenshot("labels-02-standards-english");

        browser.click("#switch-language");
        browser.waitForText("#switch-language", "English"); // the page is Chinese again before it is opened anew
        browser.open("standards");
        browser.waitForText("#main-navigation", "评价标准");
        browser.pick("#standards-series", "卫生健康系列");
        browser.waitForText("#standards-view vaadin-grid-cell-content", "医德医风");
        browser.screenshot("labels-03-standards-chinese");
    }
}
