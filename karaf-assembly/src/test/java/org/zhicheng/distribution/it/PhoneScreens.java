package org.zhicheng.distribution.it;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.List;

/**
 * For browser tests: the check that a page fits a phone's screen (nothing but grids, tab strips and notifications reaching past its right edge), with a screenshot.
 */
final class PhoneScreens {

    private PhoneScreens() {
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
