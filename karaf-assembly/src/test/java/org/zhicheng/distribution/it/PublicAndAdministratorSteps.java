package org.zhicheng.distribution.it;

import java.io.IOException;
import java.util.List;

import org.junit.Test;

/**
 * {@link RoleFlowsIT}: what anyone sees (the certificate verified, R-38; results and standards, R-35), the
 * administrator's steps, and every role's pages on a phone.
 */
public class PublicAndAdministratorSteps extends RoleSteps {

    @Test
    public void h_anyoneVerifiesTheCertificate_R38() throws Exception {
        PublicPages pages = new PublicPages(browser);
        pages.openNotice();
        pages.shows("#notice-2023 vaadin-grid-cell-content", "2023-07-15 至 2023-08-30");
        pages.screenshot("roles-10a-notice");
        pages.verify(certificateNumber, "冒名者");
        pages.shows("#verify-result", "证书无效");
        pages.verifyAgainAs(FULL_NAME);
        pages.shows("#verify-result", "证书有效");
        pages.shows("#verify-result", "水利专业");
        pages.screenshot("roles-10-certificate-verified");

        // the committee's results and the scoring standards with their four-onlys check are public
        pages.openResults("工程系列");
        pages.shows("#results-grid vaadin-grid-cell-content", FULL_NAME);
        pages.shows("#results-grid vaadin-grid-cell-content", EMPLOYER);
        pages.screenshot("roles-10b-results-published");
        pages.openStandards("工程系列");
        pages.shows(".four-onlys-check", "“破四唯”校验通过");
        pages.screenshot("roles-10c-standards-r27");
    }

    @Test
    public void i_administratorSeesTheAccountsAndAnIntactAuditLog_R36() throws Exception {
        AdministrationPage admin = login().administrator("admin", DEMO_PASSWORD);
        admin.accountsAreOpen();
        // the list grows with every account a story makes (a committee's eleven members): searched, not scrolled
        browser.type("#accounts-search", USERNAME);
        admin.shows("#accounts-grid vaadin-grid-cell-content", USERNAME);
        admin.screenshot("roles-11-admin-accounts");
        admin.verifyAuditLog();
        admin.shows("#audit-result", "审计日志完整");
        admin.screenshot("roles-12-admin-audit");
        admin.openFromMenu("admin/plugins");
        admin.shows("#plugins-series vaadin-grid-cell-content", "engineering");
        admin.screenshot("roles-12b-admin-plugins");

        // the year's limits and holidays are the administrator's to set; a wrong value changes nothing
        admin.openCalendar("2023");
        admin.setCalendarValue("calendar-max-submissions", "0");
        admin.saveCalendar();
        // core names the wrong field and why, in Chinese; the editor marks that field with the same words
        admin.notified("最多提交次数须至少为1次，不能为0（R-14）");
        admin.fieldRefused("calendar-max-submissions", "最多提交次数须至少为1次");
        admin.screenshot("roles-12c-admin-calendar-refused");
        admin.setCalendarValue("calendar-max-submissions", "3");
        admin.setCalendarValue("calendar-publicity-days", "6");
        admin.saveCalendar();
        admin.notified("2023年度日程已保存");
        admin.screenshot("roles-12c-admin-calendar");
        admin.addHoliday("2023/12/29");
        admin.notified("已添加：2023-12-29（节假日）");
        admin.shows("#holiday-days vaadin-grid-cell-content", "2023-12-29");
        admin.saveHolidays();
        admin.notified("2023年节假日安排已保存");
        admin.screenshot("roles-12d-admin-holidays");
        new PublicPages(browser).openNotice();
        admin.shows("#notice-2023 vaadin-grid-cell-content", "不少于6个工作日");
        admin.logout();
    }

    /** Every role's main page on a phone (390 x 844): nothing but grids and tab strips may reach past the screen. */
    @Test
    public void k_everyRolesPagesFitAPhoneScreen() throws Exception {
        browser.windowSize(390, 844);
        try {
            for (String page : List.of("", "notice", "standards", "results", "verify", "contacts", "register", "login")) {
                browser.open(page);
                fitsPhone(page.isEmpty() ? "home" : page, "vaadin-app-layout");
            }
            // R-39 in full: the county bureaus' phones under the committees'
            browser.open("contacts");
            browser.waitForText("#county-contacts-grid vaadin-grid-cell-content", "库车市教科局 0997-7779728");
            browser.screenshot("phone-contacts-counties");
            login().applicant(USERNAME, DEMO_PASSWORD + "-own");
            fitsPhone("applicant-files", "#file-tabs-select"); // the tabs as a select on a phone
            browser.openTab("tab-sections");
            fitsPhone("applicant-sections", "#sections-panel");
            browser.openTab("tab-attachments");
            fitsPhone("applicant-attachments", "#attachments-panel");
            browser.logout();
            ReviewPage review = login().reviewer("dept-engineering", DEMO_PASSWORD);
            fitsPhone("department-review", "#review-view");
            review.filter("已提交");
            review.openFile(CHANNEL_B_NAME);
            browser.click("#entrustment-open");
            fitsPhone("department-entrustment-dialog", "vaadin-dialog-overlay:not([opening]) #entrustment-save");
            browser.click("#entrustment-cancel");
            browser.openTab("tab-education");
            browser.click("#exemption-open");
            fitsPhone("department-exemption-dialog", "vaadin-dialog-overlay:not([opening]) #exemption-save");
            browser.click("#exemption-cancel");
            browser.logout();
            login().committeeOffice("office", DEMO_PASSWORD);
            fitsPhone("committee", "#committee-view");
            browser.openTab("tab-filings");
            fitsPhone("committee-filings", "#filings-panel");
            browser.openTab("tab-defense");
            browser.pick("#defense-series", "工程系列");
            browser.clickCell("#defense-schedule", SeniorDemoFile.FULL_NAME);
            fitsPhone("committee-defense", "#defense-form");
            browser.logout();
            login().administrator("admin", DEMO_PASSWORD);
            browser.open("admin/calendar");
            fitsPhone("admin-calendar", "#calendar-tabs-select");
            browser.open("units");
            fitsPhone("admin-units", "#units-grid");
            browser.logout();
        } finally {
            browser.windowSize(1280, 900);
        }
    }

    private static void fitsPhone(String name, String readyCss) throws IOException {
        PhoneScreens.assertFits(browser, "phone-" + name, readyCss);
    }
}
