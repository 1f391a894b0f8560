package org.zhicheng.distribution.it;

/** What anyone sees without logging in: the notice, certificate verification, results and standards. */
final class PublicPages extends Screen {

    PublicPages(Browser browser) {
        super(browser);
    }

    void openNotice() {
        browser.open("notice");
    }

    /** The verification page, asked about a certificate number and a holder's name. */
    void verify(String number, String name) {
        browser.open("verify");
        browser.type("#verify-number", number);
        verifyAgainAs(name);
    }

    void verifyAgainAs(String name) {
        browser.type("#verify-name", name);
        browser.click("#verify-submit");
    }

    void openResults(String series) {
        browser.open("results");
        browser.pick("#results-series", series);
    }

    void openStandards(String series) {
        browser.open("standards");
        browser.pick("#standards-series", series);
    }
}
