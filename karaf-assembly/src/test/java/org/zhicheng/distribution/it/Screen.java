package org.zhicheng.distribution.it;

import java.io.IOException;

/**
 * A screen of the web UI as its user drives it: the browser tests' page objects (one per screen) keep its element ids,
 * so that a test reads as the user's steps. What a step must show stays in the test, through {@link #shows}.
 */
abstract class Screen {

    protected final Browser browser;

    Screen(Browser browser) {
        this.browser = browser;
    }

    /** The element (CSS) shows the text, within the UI's time. */
    final void shows(String css, String text) {
        browser.waitForText(css, text);
    }

    /** A notification carrying the text appears. */
    final void notified(String text) {
        browser.waitForText("vaadin-notification-card", text);
    }

    /** Opens the tab of that id. */
    final void tab(String tabId) {
        browser.click("#" + tabId);
    }

    final void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }

    final void logout() {
        browser.logout();
    }
}
