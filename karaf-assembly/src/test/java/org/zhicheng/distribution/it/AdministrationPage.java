package org.zhicheng.distribution.it;

/** The administrator's screens, reached from the menu: accounts, the audit log, plugins, the year's calendar. */
final class AdministrationPage extends Screen {

    AdministrationPage(Browser browser) {
        super(browser);
    }

    void accountsAreOpen() {
        browser.waitFor("#accounts-view");
    }

    void openFromMenu(String route) {
        browser.click("#main-navigation a[data-route='" + route + "']");
    }

    void verifyAuditLog() {
        openFromMenu("admin/audit");
        browser.click("#audit-verify");
    }

    /** Calendar: the year's limits (R-14, R-20), saved. */
    void openCalendar(String year) {
        openFromMenu("admin/calendar");
        browser.pick("#calendar-year", year);
    }

    void setCalendarValue(String fieldId, String value) {
        browser.type("#" + fieldId, value);
    }

    void saveCalendar() {
        browser.click("#calendar-save");
    }

    void fieldRefused(String fieldId, String message) {
        browser.waitFor("#" + fieldId + "[invalid]");
        browser.waitForText("#" + fieldId, message);
    }

    /** Holidays tab: a day added, then the year's holidays saved. */
    void addHoliday(String day) {
        tab("tab-holidays");
        browser.typeDate("#holiday-day", day);
        browser.click("#holiday-add");
    }

    void saveHolidays() {
        browser.click("#holiday-save");
    }
}
