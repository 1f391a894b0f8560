package org.zhicheng.distribution.it;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * For browser tests: a distribution started with its web UI answering, and the check that a page fits a phone's
 * screen (nothing but grids, tab strips and notifications reaching past its right edge), with a screenshot.
 */
final class PhoneScreens {

    private PhoneScreens() {
    }

    /** Unpacks and starts a distribution of this name and waits until its web UI answers at /. */
    static InstalledDistribution startedWithWebUi(String name) throws Exception {
        InstalledDistribution platform = InstalledDistribution.unpack(name);
        platform.start();
        // on a busy machine the console answers before the web UI's servlet is registered
        Await.until("the web UI at /", Duration.ofSeconds(60), () -> {
            try {
                return Http.get(platform.httpPort(), "/").status() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return platform;
    }

    /** Waits for {@code readyCss}, takes the screenshot {@code name} and fails naming what reaches past the screen. */
    static void assertFits(Browser browser, String name, String readyCss) throws IOException {
        browser.waitFor(readyCss);
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) browser.driver.executeScript("""
                const width = window.innerWidth, out = [];
                for (const element of document.querySelectorAll('body *')) {
                  if (element.closest('vaadin-grid, vaadin-tabs, vaadin-notification-container, vaadin-connection-indicator, vaadin-app-layout [slot=drawer]')) continue;
                  const box = element.getBoundingClientRect();
                  if (box.width > 0 && box.height > 0 && box.right > width + 1) {
                    out.push((element.id ? '#' + element.id : element.tagName.toLowerCase()) + ' "'
                        + element.textContent.trim().slice(0, 30) + '" ' + Math.round(box.right));
                  }
                }
                return out.slice(0, 8);""");
        browser.screenshot(name);
        assertTrue(name + " reaches past a phone's screen: " + overflowing, overflowing.isEmpty());
    }
}
