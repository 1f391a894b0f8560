package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhicheng.api.domain.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A first-time applicant on the demo distribution (platform date 2023-08-01), in headless Chromium at desktop size and
 * at 390 px: the 申报指南 on the home and notice pages with its register button; registration whose wrong fields are
 * marked as they are left, then corrected; a file opened with the channels explained; dates typed in each accepted
 * format and found saved after a reload, an unreadable one marked; leaving unsaved changes asked first; the list of
 * what is missing leading to its field; the submit confirmation; a file returned by its unit (over REST) showing its
 * red banner with the reason and the R-14 deadline; its withdrawal, asked first. Screenshots:
 * target/screenshots/journey-*.png.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ApplicantJourneyIT {

    private static final String PASSWORD = "zhicheng-own";
    private static final String USERNAME = "rehim";
    private static final String FULL_NAME = "热依汗·吐尔逊";
    private static final String EMPLOYER = "阿克苏地区水利局";
    private static final ResidentIdNumber ID_NUMBER = ResidentIdNumber.completing("65290119900315024");
    private static final String RETURN_REASON = "毕业证书扫描件不清晰，请重新上传";

    private static DemoInBrowser demo;
    private static InstalledDistribution platform;
    private static Browser browser;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public final TestWatcher failures = DemoInBrowser.screenshotOnFailure(() -> browser, "journey-FAILED-");

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        demo = DemoInBrowser.start("journey");
        platform = demo.platform;
        browser = demo.browser;
        browser.windowSize(1280, 900);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    public void a_theGuideOnTheHomeAndNoticePagesLeadsToRegistration() throws Exception {
        browser.open("");
        browser.waitFor("#apply-guide");
        // the dates are the platform's 2023 calendar, the phones the counties' bureaus
        browser.waitForText("#guide-dates", "2023-07-15 至 2023-08-30");
        browser.waitForText("#guide-steps", "被退回的须在2日内修改后重新提交，最多提交3次");
        browser.waitForText("#guide-materials", "学信网电子注册备案表");
        browser.click("#guide-contacts-part"); // who to call opens on a click
        browser.waitForText("#guide-contacts", "库车市：人社局 0997-");
        browser.screenshot("journey-01-home-guide");
        browser.open("notice");
        browser.waitFor("#notice-view #apply-guide");
        browser.waitForText("#notice-2023 vaadin-grid-cell-content", "前缴纳");
        // the fee row wraps inside its grid instead of being cut off
        Object cut = browser.driver.executeScript("""
                const grid = document.querySelector('#notice-2023');
                const right = grid.getBoundingClientRect().right;
                return [...grid.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.textContent.includes('前缴纳'))
                    .some(c => c.getBoundingClientRect().right > right + 1 || c.scrollWidth > c.clientWidth + 1);""");
        assertEquals("the fee row is not cut off", Boolean.FALSE, cut);
        browser.screenshot("journey-02-notice-guide");
        browser.click("#guide-register");
        browser.waitFor("#registration-view");
    }

    @Test
    public void b_registrationMarksWrongFieldsAsTheyAreLeftThenRegisters() throws Exception {
        browser.open("register");
        browser.waitFor("#registration-view");
        browser.type("#register-full-name", FULL_NAME);
        // a proposed 地直 unit with a county is marked on the county at once
        browser.click("#register-unit-mode vaadin-radio-button:nth-of-type(2)");
        browser.pick("#register-county", "库车市");
        browser.waitForText("#register-county", "地直单位不属于县（市）");
        browser.click("#register-unit-mode vaadin-radio-button:nth-of-type(1)");
        browser.type("#register-county", "");
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> d.findElement(By.id("register-county"))
                .getDomAttribute("invalid") == null);
        browser.type("#register-id-number", ID_NUMBER.value().substring(0, 17) + (ID_NUMBER.value().charAt(17) == '0' ? "1" : "0"));
        browser.waitFor("#register-id-number[invalid]");
        browser.waitForText("#register-id-number", "身份证号校验位错误");
        browser.type("#register-phone", "2123456");
        browser.waitFor("#register-phone[invalid]");
        browser.waitForText("#register-phone", "11位手机号");
        assertTrue("Chinese only", !browser.waitFor("#register-phone").getText().contains("mobile"));
        browser.screenshot("journey-03-registration-inline-errors");
        browser.type("#register-id-number", ResidentIdNumber.completing("65290120200101123").value());
        browser.waitForText("#register-id-number", "出生日期2020-01-01不合理");
        browser.type("#register-id-number", ID_NUMBER.value());
        browser.type("#register-phone", "13912345678");
        awaitValid("#register-id-number");
        awaitValid("#register-phone");
        browser.pick("#register-unit", "水利局", EMPLOYER + "（地直，党政机关）");
        browser.type("#register-username", USERNAME);
        browser.type("#register-password", PASSWORD);
        browser.type("#register-repeat", PASSWORD + "x");
        browser.waitFor("#register-repeat[invalid]");
        browser.type("#register-repeat", PASSWORD);
        awaitValid("#register-repeat");
        browser.click("#register-submit");
        browser.waitFor("#my-files-view");
        browser.waitForText("#current-user", FULL_NAME);
    }

    private static void awaitValid(String css) {
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> d.findElement(By.cssSelector(css))
                .getDomAttribute("invalid") == null);
    }

    @Test
    public void c_opensAFileWithTheChannelsExplainedAndSeesWhereItStands() throws Exception {
        browser.open("applicant/files");
        // the professional record's dates in two more of the accepted formats
        browser.click("#career-record");
        browser.typeDate("#career-startedWork", "20120715");
        browser.type("#career-currentTitle", "助理工程师");
        browser.typeDate("#career-appointed", "2015.7.1");
        browser.pick("#career-education", "大学本科");
        browser.click("#career-save");
        browser.waitForText("vaadin-notification-card", "职业信息已保存");
        browser.driver.navigate().refresh();
        browser.click("#career-record");
        assertEquals("2012-07-15", browser.waitFor("#career-startedWork input").getAttribute("value"));
        assertEquals("2015-07-01", browser.waitFor("#career-appointed input").getAttribute("value"));
        browser.click("#career-cancel");

        browser.click("#new-file");
        browser.pick("#new-file-series", "工程系列");
        browser.pick("#new-file-specialty", "水利专业");
        browser.pick("#new-file-level", "中级");
        // only the channels core lets her use, the chosen one in plain words, the others' reasons (R-04..R-07)
        browser.waitForText("#new-file-channel-help", "在本地区申报");
        browser.waitForText("#new-file-reason", "仅限民营企业的专业技术人员申报");
        browser.screenshot("journey-04-new-file-channels");
        browser.click("#new-file-create");
        browser.waitForText("#file-step-current", "填报");
        browser.waitForText("#file-next", "由您本人办理");
        browser.waitForText("#file-deadline", "网上申报截止：2023-08-30（还剩29天）");
        browser.waitForText("#file-completion", "附件材料 0/2");
        browser.waitForText("#file-todo", "基本情况：毕业院校");
        browser.screenshot("journey-05-file-dashboard");
    }

    @Test
    public void d_datesInEachAcceptedFormatAreSavedAndAnUnreadableOneIsMarked() throws Exception {
        browser.open("applicant/files");
        String[][] formats = {{"2012-06-30", "2012-06-30"}, {"2012/6/29", "2012-06-29"}, {"2012.6.28", "2012-06-28"},
                {"20120627", "2012-06-27"}};
        for (String[] format : formats) {
            browser.openTab("tab-sections");
            browser.typeDate("#field-basic-graduated", format[0]);
            browser.click("#save-sections");
            browser.waitForText("vaadin-notification-card", "已保存：基本情况");
            browser.driver.navigate().refresh();
            browser.openTab("tab-sections");
            assertEquals("typed " + format[0], format[1], browser.waitFor("#field-basic-graduated input").getAttribute("value"));
        }
        browser.typeDate("#field-basic-graduated", "2012-13-45");
        browser.waitFor("#field-basic-graduated[invalid]");
        browser.waitForText("#field-basic-graduated", "日期无法识别");
        browser.click("#save-sections");
        browser.waitForText("#field-basic-graduated", "日期无法识别");
        browser.screenshot("journey-06-date-unreadable");
        browser.typeDate("#field-basic-graduated", "2012-06-30");
        browser.click("#save-sections");
        browser.waitForText("vaadin-notification-card", "已保存：基本情况");
        browser.driver.navigate().refresh();
        browser.openTab("tab-sections");
        assertEquals("2012-06-30", browser.waitFor("#field-basic-graduated input").getAttribute("value"));
    }

    @Test
    public void e_leavingUnsavedChangesIsAskedFirst() throws Exception {
        browser.open("applicant/files");
        browser.openTab("tab-sections");
        browser.type("#field-basic-school", "新疆农业大学");
        browser.waitForText("#sections-unsaved", "有未保存的修改");
        assertEquals("closing or reloading the browser tab is warned", Boolean.TRUE,
                browser.driver.executeScript("return window.zhichengUnsaved === true;"));
        browser.openTab("tab-attachments");
        browser.waitFor("vaadin-dialog-overlay #leave-stay");
        browser.screenshot("journey-07-leave-tab-asked");
        browser.click("#leave-stay");
        assertEquals("新疆农业大学", browser.waitFor("#field-basic-school input").getAttribute("value"));
        // navigating elsewhere in the app: asked too; saved and left
        browser.click("#main-navigation a[data-route='notice']");
        browser.waitFor("vaadin-dialog-overlay #leave-save");
        browser.screenshot("journey-08-leave-page-asked");
        browser.click("#leave-save");
        browser.waitFor("#notice-view");
        assertEquals(Boolean.FALSE, browser.driver.executeScript("return window.zhichengUnsaved === true;"));
        browser.open("applicant/files");
        browser.openTab("tab-sections");
        assertEquals("新疆农业大学", browser.waitFor("#field-basic-school input").getAttribute("value"));
    }

    @Test
    public void f_whatIsMissingLeadsToItsFieldThenTheSubmissionIsConfirmed() throws Exception {
        browser.open("applicant/files");
        browser.openTab("tab-overview");
        browser.click("#submit-file");
        browser.waitForText("vaadin-dialog-overlay #missing-items", "个人承诺书未签署");
        browser.screenshot("journey-09-submit-incomplete");
        browser.click("vaadin-dialog-overlay [data-field='basic-major']");
        browser.waitFor("#sections-panel");
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return document.activeElement != null && document.activeElement.closest('#field-basic-major') != null;")));

        Http.Credentials me = new Http.Credentials(USERNAME, PASSWORD);
        long id = fileId(me);
        CompleteFiles.completeOverHttp(platform.httpPort(), id, me);
        browser.driver.navigate().refresh(); // the address keeps the open part (the sections): back to the overview
        browser.openTab("tab-overview");
        browser.waitForText("#file-todo", "材料已齐全");
        browser.click("#submit-file");
        browser.waitForText("vaadin-dialog-overlay", "提交后，申报将送 " + EMPLOYER + " 审核");
        browser.waitForText("vaadin-dialog-overlay", "提交后不能再修改，除非被退回");
        browser.waitForText("vaadin-dialog-overlay", "这是第1次提交，提交后还可提交2次（共3次）");
        browser.screenshot("journey-10-submit-confirmation");
        browser.click("#submit-confirm");
        browser.waitForText("#file-status", "已提交");
        browser.waitForText("#file-next", "等待 " + EMPLOYER + " 审核");
        browser.waitForText("#file-step-current", "单位审核与公示");
    }

    private static long fileId(Http.Credentials me) throws IOException {
        HttpResult files = Http.request(platform.httpPort(), "GET", "/api/v1/applications", null, me);
        assertEquals(files.body(), 200, files.status());
        return JSON.readTree(files.body()).get(0).get("id").asLong();
    }

    @Test
    public void g_aReturnedFileShowsItsBannerWithTheReasonAndDeadline_R14() throws Exception {
        Http.Credentials me = new Http.Credentials(USERNAME, PASSWORD);
        long id = fileId(me);
        Http.Credentials unit = new Http.Credentials("unit-shuili", "zhicheng");
        JsonNode file = JSON.readTree(Http.request(platform.httpPort(), "GET", "/api/v1/applications/" + id, null, unit).body());
        String body = JSON.createObjectNode().put("expectedVersion", file.get("version").asLong()).put("reason", RETURN_REASON)
                .toString();
        HttpResult returned = Http.request(platform.httpPort(), "POST", "/api/v1/applications/" + id + "/returns", body, unit);
        assertEquals(returned.body(), 200, returned.status());
        browser.driver.navigate().refresh();
        browser.waitForText("#returned-banner", "申报已被退回");
        browser.waitForText("#returned-reason", RETURN_REASON);
        browser.waitForText("#returned-deadline", "请在2023-08-03前重新提交（还剩2天）");
        browser.waitForText("#returned-deadline", "还可提交2次（共3次）");
        browser.waitForText("#file-step-current", "填报");
        browser.screenshot("journey-11-returned-banner");
    }

    /** The same pages on a phone (390 x 844): the guide, the registration's marks, the dashboard, the dialogs. */
    @Test
    public void h_thePagesFitAPhone() throws Exception {
        browser.windowSize(390, 844);
        try {
            fitsPhone("applicant-returned", "#returned-banner");
            browser.click("#submit-file");
            browser.waitFor("vaadin-dialog-overlay #submit-confirm");
            fitsPhone("applicant-resubmit-confirmation", "vaadin-dialog-overlay #submit-confirm");
            browser.click("#submit-cancel");
            browser.openTab("tab-sections");
            browser.type("#field-basic-major", "水利水电工程（修改）");
            browser.openTab("tab-overview", "vaadin-dialog-overlay #leave-discard"); // asked, not left
            fitsPhone("applicant-leave-asked", "vaadin-dialog-overlay #leave-discard");
            browser.click("#leave-discard");
            browser.logout();
            browser.open("");
            fitsPhone("home-guide", "#guide-register");
            browser.open("notice");
            fitsPhone("notice-guide", "#notice-2023");
            browser.open("register");
            browser.type("#register-phone", "2123456");
            browser.waitFor("#register-phone[invalid]");
            fitsPhone("registration-inline-error", "#register-phone[invalid]");
        } finally {
            browser.windowSize(1280, 900);
        }
    }

    /** withdrawing is asked first (final, and still the year's one application); cancelled changes nothing. */
    @Test
    public void i_aWithdrawalIsAskedFirstThenFinal_R07() throws Exception {
        browser.login(USERNAME, PASSWORD);
        browser.open("applicant/files");
        browser.openTab("tab-overview");
        browser.click("#withdraw-file");
        browser.waitForText("vaadin-dialog-overlay #withdraw-consequence", "不能恢复");
        browser.waitForText("vaadin-dialog-overlay #withdraw-consequence", "仍计为2023年度的申报");
        browser.screenshot("journey-12-withdraw-asked");
        browser.windowSize(390, 844);
        try {
            fitsPhone("applicant-withdraw-asked", "vaadin-dialog-overlay #withdraw-confirm");
        } finally {
            browser.windowSize(1280, 900);
        }
        browser.click("#withdraw-cancel");
        browser.waitForText("#file-status", "退回修改");
        browser.click("#withdraw-file");
        browser.click("#withdraw-confirm");
        browser.waitForText("#file-status", "已撤回");
        assertTrue("nothing left to submit or withdraw", browser.driver.findElements(By.id("submit-file")).isEmpty()
                && browser.driver.findElements(By.id("withdraw-file")).isEmpty());
        browser.screenshot("journey-13-withdrawn");
    }

    private static void fitsPhone(String name, String readyCss) throws IOException {
        PhoneScreens.assertFits(browser, "journey-phone-" + name, readyCss);
    }
}
