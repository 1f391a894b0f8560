package org.zhicheng.distribution.it;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An expert's assigned files, blind (R-17): the score sheet, the file's content and its masked scans. */
final class ExpertPage extends Screen {

    ExpertPage(Browser browser) {
        super(browser);
    }

    void isOpen() {
        browser.waitFor("#expert-view");
    }

    /** Opens the file whose row shows the text; its score sheet is ready. */
    void openFile(String text) {
        browser.clickCell("#expert-files", text);
        browser.waitFor("#score-submit");
    }

    /** The items the expert scores (the platform's computed ones are read-only and not among them). */
    List<WebElement> scoredItems() {
        return browser.driver.findElements(By.cssSelector("#score-sheet vaadin-big-decimal-field:not([readonly])"));
    }

    void score(WebElement item, String points) {
        browser.type("#" + item.getAttribute("id"), points);
    }

    WebElement seniorityItem() {
        return browser.waitFor("#score-seniority");
    }

    /** Opens the first masked scan and waits for its image at the scan's full width, the dialog open. */
    void previewFirstScan(int width) {
        browser.click("[id^='scan-preview-']");
        WebElement scan = browser.waitFor("vaadin-dialog-overlay img");
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> ((Number) browser.driver
                .executeScript("return arguments[0].naturalWidth;", scan)).intValue() == width
                && d.findElements(By.cssSelector("vaadin-dialog-overlay[opening]")).isEmpty());
    }

    void closePreview() {
        browser.click("#preview-close");
    }

    void submitScores() {
        browser.click("#score-submit");
        browser.click("#score-confirm");
    }
}
