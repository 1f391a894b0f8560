package org.zhicheng.distribution.it;

/**
 * The review queue of an employer, a county bureau or a series department: files by status, the open file's acts
 * (each confirmed with its text), the entrustment letter and the continuing-education exemption.
 */
final class ReviewPage extends Screen {

    ReviewPage(Browser browser) {
        super(browser);
    }

    void isOpen() {
        browser.waitFor("#review-view");
    }

    void filter(String status) {
        browser.pick("#review-status", status);
    }

    void openFile(String applicantName) {
        browser.clickCell("#review-queue", applicantName);
    }

    void approve(String opinion) {
        act("#review-approve", opinion);
    }

    void recordObjection(String objection) {
        act("#review-object", objection);
    }

    void dismissObjection(String finding) {
        act("#review-dismiss", finding);
    }

    void recommend() {
        browser.click("#review-recommend");
        browser.click("#review-confirm");
    }

    void acceptMaterial() {
        browser.click("#review-accept");
        browser.click("#review-confirm");
    }

    /** Why core offers no recommendation now (the disabled button's title). */
    String whyNoRecommendation() {
        return browser.waitFor("#review-recommend-why").getAttribute("title");
    }

    /** Why core offers this account no objection now (issue 15: not the approver's). */
    String whyNoObjection() {
        return browser.waitFor("#review-object-why").getAttribute("title");
    }

    private void act(String button, String text) {
        browser.click(button);
        browser.type("#review-text", text);
        browser.click("#review-confirm");
    }

    /** opens the entrustment-letter dialog and types the letter's number. */
    void startEntrustmentLetter(String number) {
        browser.click("#entrustment-open");
        browser.type("#entrustment-number", number);
    }

    void entrustmentIssuedBy(String bureau) {
        browser.type("#entrustment-issued-by", bureau);
    }

    void saveEntrustmentLetter() {
        browser.click("#entrustment-save");
    }

    /** R-18, Annex 4: opens the exemption dialog on the education tab, picks year and approver, saves. */
    void startExemption(String year, String approvedBy) {
        tab("tab-education");
        browser.click("#exemption-open");
        browser.pick("#exemption-year", year);
        browser.pick("#exemption-approved-by", approvedBy);
        browser.click("#exemption-save");
    }

    void exemptionReference(String reference) {
        browser.type("#exemption-reference", reference);
    }

    void saveExemption() {
        browser.click("#exemption-save");
    }

    String educationCheck() {
        return browser.waitFor("#education-check").getText();
    }
}
