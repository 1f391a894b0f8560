package org.zhicheng.distribution.it;

/** The units on record, from the menu: a county bureau confirms the units proposed at registration. */
final class UnitsPage extends Screen {

    UnitsPage(Browser browser) {
        super(browser);
    }

    static UnitsPage fromMenu(Browser browser) {
        browser.click("#main-navigation a[data-route='units']");
        return new UnitsPage(browser);
    }

    /** Asks to confirm the first unit of the list; the dialog says what confirming does. */
    void askToConfirmFirst() {
        browser.click("#units-grid [id^='units-confirm-']");
    }

    void confirm() {
        browser.click("#units-decision-ok");
    }
}
