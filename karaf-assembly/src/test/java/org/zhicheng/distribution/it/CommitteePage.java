package org.zhicheng.distribution.it;

/**
 * The committee office's screen: its files by status (sending to the committee, assigning experts, the certificate),
 * the defense schedule (R-22) and the filings (R-28); the meeting is on the meetings screen (issue 14).
 */
final class CommitteePage extends Screen {

    CommitteePage(Browser browser) {
        super(browser);
    }

    void isOpen() {
        browser.waitFor("#committee-view");
    }

    void filter(String status) {
        browser.pick("#committee-status", status);
    }

    /** Opens the file whose row shows the text (e.g. its specialty). */
    void openFile(String text) {
        browser.clickCell("#committee-files", text);
    }

    void sendToCommittee() {
        browser.click("#committee-start");
    }

    void assignExperts(String... pickIds) {
        for (String pick : pickIds) {
            browser.check("#" + pick);
        }
        browser.click("#committee-assign");
    }

    void issueCertificate() {
        browser.click("#committee-certify");
    }

    String details() {
        return browser.waitFor("#committee-details").getText();
    }

    /** Defense tab: the series' schedule, one applicant's row open. */
    void openDefense(String series, String applicantName) {
        tab("tab-defense");
        browser.pick("#defense-series", series);
        browser.clickCell("#defense-schedule", applicantName);
    }

    void bookDefense(String day, boolean online, String place) {
        browser.typeDate("#defense-day", day);
        if (online) {
            browser.check("#defense-online");
        }
        browser.type("#defense-place", place);
        browser.click("#defense-book");
    }

    /** Filings tab: a filing of a kind for a series, with a note if any. */
    void file(String kind, String series, String note) {
        browser.pick("#filing-kind", kind);
        if (series != null) {
            browser.pick("#filing-series", series);
        }
        if (note != null) {
            browser.type("#filing-note", note);
        }
        browser.click("#filing-submit");
    }
}
