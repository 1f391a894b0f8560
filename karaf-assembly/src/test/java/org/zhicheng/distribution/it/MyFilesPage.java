package org.zhicheng.distribution.it;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The applicant's own files: the professional record, a new file, its tabs, submitting and paying. */
final class MyFilesPage extends Screen {

    MyFilesPage(Browser browser) {
        super(browser);
    }

    /** The professional record (R-12, R-31), with a vocational qualification whose appraisals passed; saved. */
    void recordCareer(String startedWork, String currentTitle, String appointed, String education, String vocationalLevel,
                      String certificateNumber, String qualifiedOn, String yearsOfTechnicalWork) {
        browser.click("#career-record");
        browser.typeDate("#career-startedWork", startedWork);
        browser.type("#career-currentTitle", currentTitle);
        browser.typeDate("#career-appointed", appointed);
        browser.pick("#career-education", education);
        browser.pick("#career-vocationalLevel", vocationalLevel);
        browser.type("#career-certificateNumber", certificateNumber);
        browser.typeDate("#career-qualifiedOn", qualifiedOn);
        browser.type("#career-yearsOfTechnicalWork", yearsOfTechnicalWork);
        browser.check("#career-appraisalsPassed");
        browser.click("#career-save");
    }

    /** In the open record dialog: another appointment date, saved again. */
    void correctCareerAppointed(String appointed) {
        browser.typeDate("#career-appointed", appointed);
        browser.click("#career-save");
    }

    /** The new-file dialog with series, specialty and level picked (not yet created). */
    void startNewFile(String series, String specialty, String level) {
        browser.click("#new-file");
        browser.pick("#new-file-series", series);
        browser.pick("#new-file-specialty", specialty);
        browser.pick("#new-file-level", level);
    }

    void createFile() {
        browser.click("#new-file-create");
    }

    void statusIs(String status) {
        browser.waitForText("#file-status", status);
    }

    /** Attachments tab: a typed scan, masked for the experts (R-17), uploaded and listed. */
    void uploadScan(String type, Path scan) {
        browser.pick("#attachment-type", type);
        browser.check("#attachment-masked");
        browser.upload("#attachment-upload", scan);
        browser.waitForText("#attachments vaadin-grid-cell-content", scan.getFileName().toString());
    }

    void noProofMissing() {
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> d.findElement(By.id("missing-proof")).getText().isBlank());
    }

    /** Opens the first attachment's preview and waits for its image at the scan's full width. */
    void previewFirstScan(int width) {
        browser.click("[id^='preview-']");
        WebElement preview = browser.waitFor("vaadin-dialog-overlay img");
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> ((Number) browser.driver
                .executeScript("return arguments[0].naturalWidth;", preview)).intValue() == width);
    }

    void closePreview() {
        browser.click("#preview-close");
    }

    /** Continuing-education tab: a certificate of one year (R-18). */
    void recordEducation(String year, String kind, String hours, String reference) {
        browser.waitFor("#education-verdict");
        browser.type("#education-year", year);
        browser.pick("#education-kind", kind);
        browser.type("#education-hours", hours);
        browser.type("#education-reference", reference);
        browser.click("#education-add");
    }

    /** Sections tab: a field's value, by its id (field-<section>-<name>). */
    void type(String fieldId, String value) {
        browser.type("#" + fieldId, value);
    }

    void typeDate(String fieldId, String date) {
        browser.typeDate("#" + fieldId, date);
    }

    void pick(String fieldId, String label) {
        browser.pick("#" + fieldId, label);
    }

    String valueOf(String fieldId) {
        return browser.waitFor("#" + fieldId + " input").getAttribute("value");
    }

    /** The content is saved as a whole. */
    void saveSections() {
        browser.click("#save-sections");
    }

    /** Commitment tab (Annex 3): signs, having ticked the agreement or not. */
    void signCommitment() {
        browser.click("#commitment-sign");
    }

    void agreeToCommitment() {
        browser.check("#commitment-agree");
    }

    /** Overview tab: asks to submit; the dialog says what will happen, or what is missing. */
    void submit() {
        browser.click("#submit-file");
    }

    void confirmSubmission() {
        browser.click("#submit-confirm");
    }

    void cancelSubmission() {
        browser.click("#submit-cancel");
    }

    /** R-29: the fee, by the transfer's reference. */
    void payFee(String reference) {
        browser.click("#pay-fee");
        browser.type("#pay-reference", reference);
        browser.click("#pay-confirm");
    }

    /** Documents tab: the electronic certificate's address. */
    String certificateLink() {
        return browser.waitFor("#doc-certificate").getAttribute("href");
    }

    boolean showsPublicityAndRecommendation() {
        return browser.waitFor("#doc-publicity").isDisplayed() && browser.waitFor("#doc-recommendation").isDisplayed();
    }
}
