package org.zhicheng.distribution.it;

/** Self-registration, reached from the home page's menu. */
final class RegistrationPage extends Screen {

    RegistrationPage(Browser browser) {
        super(browser);
    }

    static RegistrationPage fromHome(Browser browser) {
        browser.open("");
        browser.waitFor("#home-view");
        browser.click("#main-navigation a[data-route='register']");
        browser.waitFor("#registration-view");
        return new RegistrationPage(browser);
    }

    /** Fills the form; the unit is searched by part of its name and picked by its label (its county and tier with it). */
    void fillIn(String fullName, String idNumber, String unitSearch, String unitLabel, String username, String password) {
        browser.type("#register-full-name", fullName);
        browser.type("#register-id-number", idNumber);
        browser.pick("#register-unit", unitSearch, unitLabel);
        browser.type("#register-username", username);
        browser.type("#register-password", password);
        browser.type("#register-repeat", password);
    }

    void retypeIdNumber(String idNumber) {
        browser.type("#register-id-number", idNumber);
    }

    void register() {
        browser.click("#register-submit");
    }

    /** The ID number field is marked invalid, with the message on it. */
    void idNumberRefused(String message) {
        browser.waitFor("#register-id-number[invalid]");
        browser.waitForText("#register-id-number", message);
    }

    /** Registered and logged in: the applicant's own files. */
    MyFilesPage registered() {
        browser.waitFor("#my-files-view");
        return new MyFilesPage(browser);
    }
}
