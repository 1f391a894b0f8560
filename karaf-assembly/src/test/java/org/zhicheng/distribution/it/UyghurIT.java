package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runners.MethodSorters;
import org.zhicheng.api.domain.ResidentIdNumber;

/**
 * Issue 19: a Uyghur-speaking applicant on the demo distribution (platform date 2023-08-01), in headless Chromium.
 * She chooses ئۇيغۇرچە in the header: the page runs right to left ({@code <html dir="rtl" lang="ug-CN">}), every series
 * shows its Uyghur name; the choice outlives the session (a cookie). She
 * registers (a refusal from the catalogue in Uyghur, on its field), records her career, opens an engineering file with
 * Uyghur series, specialty and level names, uploads her degree, fills the file, signs the commitment and submits it,
 * all in Uyghur; on each of her file's screens no Chinese is left but the names and what she typed in Chinese (core's
 * common sections, the plugin's choices, what is missing, the history included). Then the same screens at 390 px,
 * where nothing reaches past either edge, again without Chinese.
 * Screenshots: target/screenshots/uyghur-*.png.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class UyghurIT {

    private static final String FULL_NAME = "ئايگۈل ئابدۇللا";
    private static final String USERNAME = "aygul-uyghur";
    private static final String PASSWORD = "secret-" + USERNAME;
    private static final ResidentIdNumber ID_NUMBER = TestData.idNumber();
    private static final String EMPLOYER = "阿克苏地区水利局";

    /** {@link PhoneLayoutIT}'s check, on both sides: a right-to-left page overflows to the left. */
    private static final String OVERFLOW_SCRIPT = PhoneLayoutIT.OVERFLOW_SCRIPT.replace(
            "box.right > width + 1)", "(box.right > width + 1 || box.left < -1))");

    private static DemoInBrowser demo;
    private static Browser browser;

    @Rule
    public final TestWatcher failures = DemoInBrowser.screenshotOnFailure(() -> browser, "uyghur-FAILED-");

    @BeforeClass
    public static void start() throws Exception {
        demo = DemoInBrowser.start("uyghur");
        browser = demo.browser;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    public void a_aVisitorChoosesUyghurAndThePageRunsRightToLeft() throws Exception {
        browser.windowSize(1280, 900);
        browser.open("");
        browser.waitFor("#home-view");
        browser.waitForText("#switch-language", "English");
        browser.waitForText("#lang-ug", "ئۇيغۇرچە");
        assertEquals("ltr", direction());
        browser.click("#lang-ug");
        browser.waitForText("#main-navigation", "باش بەت");
        assertEquals("rtl", direction());
        assertEquals("ug-CN", browser.driver.executeScript("return document.documentElement.lang"));
        browser.waitForText("#home-view", "كەسپىي ئۇنۋان باھالاش");
        // every series plugin has Uyghur labels
        browser.waitForText("#home-view vaadin-grid-cell-content", "قۇرۇلۇش سېرىيىسى");
        browser.waitForText("#home-view vaadin-grid-cell-content", "ساغلاملىق سېرىيىسى");
        browser.waitForText("#home-view vaadin-grid-cell-content", "ئارخىپ سېرىيىسى");
        // the chooser offers the other two languages, each in itself
        browser.waitForText("#switch-language", "中文");
        browser.waitForText("#lang-en", "English");
        browser.screenshot("uyghur-01-home");

        // remembered in a cookie: a new session starts in Uyghur
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.open("notice");
        browser.waitForText("#main-navigation", "باش بەت");
        assertEquals("rtl", direction());
        browser.waitForText("body", "سۇپا چېسلاسى");
        browser.screenshot("uyghur-02-notice");
    }

    @Test
    public void b_sheRegistersInUyghur() throws Exception {
        RegistrationPage registration = RegistrationPage.fromHome(browser);
        browser.waitForText("#registration-view", "ئىلتىماسچى تىزىملىتىش");
        // the unit's tier and type in Uyghur; its name as it is on record
        String unit = EMPLOYER + " (ۋىلايەتكە بىۋاسىتە قاراشلىق، پارتىيە-ھۆكۈمەت ئورگىنى)";
        registration.fillIn(FULL_NAME, ID_NUMBER.value(), "水利局", unit, USERNAME, USERNAME);
        registration.register();
        // the catalogue's refusal (WEAK_PASSWORD), on its field, in Uyghur
        browser.waitFor("#register-password[invalid]");
        browser.waitForText("#register-password", "پارول ئىشلەتكۈچى ئىسمى بىلەن ئوخشاش بولسا بولمايدۇ");
        browser.screenshot("uyghur-03-registration-refused");
        browser.type("#register-password", PASSWORD);
        browser.type("#register-repeat", PASSWORD);
        registration.register();
        MyFilesPage files = registration.registered();
        files.shows("#current-user", FULL_NAME);
        files.shows("#my-files-view", "ئىلتىماسلىرىم");
        assertEquals("rtl", direction());
        files.screenshot("uyghur-04-my-files-empty");
    }

    @Test
    public void c_sheFilesInUyghur() throws Exception {
        MyFilesPage files = new MyFilesPage(browser);
        files.recordCareer("2012-07-15", "ياردەمچى ئىنژېنېر", "2015-07-01", "تولۇق كۇرس", "تېخنىك", "6500031234567",
                "2016-06-30", "3");
        files.notified("كەسپىي ئۇچۇر ساقلاندى");

        files.startNewFile("قۇرۇلۇش سېرىيىسى", "سۇچىلىق كەسپى", "ئوتتۇرا دەرىجىلىك");
        files.shows("#new-file-reason", "خۇسۇسىي كارخانىلار");
        files.screenshot("uyghur-05-new-file");
        files.createFile();
        files.statusIs("قوليازما");
        files.shows("#submissions-left", "قېتىم تاپشۇرۇشقا بولىدۇ");
        // what is missing, from core's common sections and the plugin's own, in Uyghur; the history's remark too
        files.shows("#file-todo", "ئاساسىي ئەھۋال: پۈتتۈرگەن مەكتەپ");
        files.shows("#file-todo", "تۈر نامى");
        files.shows("#file-todo", "شەخسىي ۋەدىنامىگە ئىمزا قويۇلمىدى");
        files.shows("#file-history vaadin-grid-cell-content", "ئىلتىماس قۇرۇلدى");
        noChineseLeft("overview");

        files.tab("tab-attachments");
        files.uploadScan("ئوقۇش تارىخى (ئىلمىي ئۇنۋان) گۇۋاھنامىسى", Scans.png("degree.png"));
        files.uploadScan("شۆۋەيشىن تورىنىڭ ئېلېكترونلۇق تىزىملاش جەدۋىلى ياكى ئوقۇغۇچىلىق سالاھىيىتىنى تور ئارقىلىق دەلىللەش دوكلاتى",
                Scans.png("chsi-record.png"));
        files.noProofMissing();
        files.shows("#attachments vaadin-grid-cell-content", "يېپىلدى");
        files.screenshot("uyghur-06-attachments");

        noChineseLeft("attachments");

        files.tab("tab-sections");
        files.shows("#section-basic", "ئاساسىي ئەھۋال");
        files.shows("#section-basic", "ئەڭ يۇقىرى ئوقۇش تارىخى");
        files.shows("#file-missing", "ئاساسىي ئەھۋال: پۈتتۈرگەن مەكتەپ");
        noChineseLeft("sections-empty");
        files.type("field-basic-school", "شىنجاڭ يېزا ئىگىلىك ئۇنىۋېرسىتېتى");
        files.type("field-basic-major", "سۇچىلىق قۇرۇلۇشى");
        files.typeDate("field-basic-graduated", "2012-06-30");
        files.type("field-basic-employer", EMPLOYER);
        files.type("field-work-history-history", "2012-يىلدىن باشلاپ ئاقسۇ ۋىلايەتلىك سۇچىلىق ئىدارىسىدە سۇچىلىق قۇرۇلۇشى لايىھىلەش بىلەن شۇغۇللاندىم");
        files.type("field-achievements-summary", "ئۈچ سۇغىرىش رايونىنىڭ سۇ تېجەش لايىھىسىگە رىياسەتچىلىك قىلدىم.");
        files.type("field-engineering-projects-project-name", "تارىم دەرياسى ئاساسىي ئېقىنىنى كەلكۈندىن مۇداپىئەلىنىش قۇرۇلۇشى");
        files.pick("field-engineering-projects-role", "تېخنىكا مەسئۇلى");
        files.pick("field-engineering-projects-scale", "ئوتتۇرا تىپلىق");
        files.saveSections();
        files.notified("ساقلاندى");
        files.notified("ئاساسىي ئەھۋال");
        // the education the record filled in, shown in Uyghur (the file keeps 大学本科)
        assertEquals("تولۇق كۇرس", files.valueOf("field-basic-education"));
        files.screenshot("uyghur-07-sections");
        noChineseLeft("sections");

        files.tab("tab-commitment");
        // Annex 3 read in Uyghur; the Chinese text she signs is one click away (collapsed)
        files.shows("#commitment-translation", "ۋەدە بېرىمەن");
        files.agreeToCommitment();
        files.signCommitment();
        files.shows("#commitment-state", FULL_NAME);
        noChineseLeft("commitment");
        files.tab("tab-education");
        noChineseLeft("education");

        files.tab("tab-overview");
        files.submit();
        browser.waitForText("vaadin-dialog-overlay", "ئىلتىماس تاپشۇرۇشنى جەزملەش");
        files.screenshot("uyghur-08-submit-dialog");
        files.confirmSubmission();
        files.statusIs("تاپشۇرۇلدى");
        assertEquals("rtl", direction());
        files.screenshot("uyghur-09-submitted");
        noChineseLeft("submitted");
    }

    @Test
    public void d_theSameScreensFitAPhone() throws Exception {
        assertTrue("the check looks at both sides", OVERFLOW_SCRIPT.contains("box.left < -1"));
        browser.windowSize(390, 844);
        // the drawer is closed on a phone: each screen is known by its own Uyghur heading
        for (String[] screen : List.of(new String[] {"", "#home-view", "ئىلتىماس قوللانمىسى"},
                new String[] {"applicant/files", "#my-files-view", "ئىلتىماسلىرىم"},
                new String[] {"notice", "#notice-view", "باھالاش ئۇقتۇرۇشى ۋە كالېندارى"})) {
            browser.open(screen[0]);
            browser.waitForText(screen[1], screen[2]);
            browser.settle();
            assertEquals("rtl", direction());
            browser.screenshot("uyghur-10-phone-" + (screen[0].isEmpty() ? "home" : screen[0].replace('/', '-')));
            @SuppressWarnings("unchecked")
            List<String> overflowing = (List<String>) browser.driver.executeScript(OVERFLOW_SCRIPT);
            assertTrue(screen[0] + ": " + overflowing, overflowing.isEmpty());
        }
        browser.open("applicant/files");
        browser.waitFor("#file-history");
        browser.settle();
        browser.screenshot("uyghur-11-phone-overview");
        noChineseLeft("phone overview");
        browser.openTab("tab-sections"); // a select of the tabs on a phone
        browser.waitFor("#section-basic");
        browser.settle();
        browser.screenshot("uyghur-11-phone-sections");
        noChineseLeft("phone sections");
        browser.openTab("tab-attachments");
        browser.waitFor("#attachments");
        browser.settle();
        browser.screenshot("uyghur-12-phone-attachments");
        noChineseLeft("phone attachments");
        browser.windowSize(1280, 900);
    }

    /**
     * The applicant's file screen (the view, not the header with its 中文 button) runs right to left and shows no Chinese
     * but what may stay so: her unit's name (typed, and on record), the committee's organising unit (a proper name).
     * Labels, values in inputs and grid cells all count.
     */
    private static void noChineseLeft(String screen) {
        assertEquals(screen, "rtl", direction());
        browser.settle();
        @SuppressWarnings("unchecked")
        List<String> chinese = (List<String>) browser.driver.executeScript(CHINESE_SCRIPT, "#my-files-view");
        List<String> left = chinese.stream().filter(text -> !ALLOWED_CHINESE.contains(text)).toList();
        assertTrue(screen + ": Chinese left on the Uyghur screen: " + left, left.isEmpty());
    }

    /** Runs of Chinese characters in the element's visible text and in its inputs' values. */
    private static final String CHINESE_SCRIPT = "const root = document.querySelector(arguments[0]);"
            + "const texts = [root.innerText];"
            + "root.querySelectorAll('input, textarea').forEach(i => texts.push(i.value));"
            + "const found = new Set();"
            + "texts.forEach(t => (t.match(/[\\u3400-\\u9fff]+/g) || []).forEach(m => found.add(m)));"
            + "return Array.from(found);";

    /** Proper names and data typed in Chinese. */
    private static final List<String> ALLOWED_CHINESE = List.of(EMPLOYER, "阿克苏地区水利局", "地区水利局", "水利局");

    private static String direction() {
        return (String) browser.driver.executeScript("return document.documentElement.dir");
    }
}
