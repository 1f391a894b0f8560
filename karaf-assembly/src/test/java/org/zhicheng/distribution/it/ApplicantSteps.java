package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@link RoleFlowsIT}: the applicant's steps (her registration and file, the fee, the certificate, a plugin's return). */
public class ApplicantSteps extends RoleSteps {

    @Test
    public void a_applicantRegistersOpensAndSubmitsAFile() throws Exception {
        RegistrationPage registration = RegistrationPage.fromHome(browser);
        // the unit is picked from the units on record, searched by part of its name; its county and tier come with it
        registration.fillIn(FULL_NAME, ID_NUMBER.value().substring(0, 17) + "0", // a wrong check character
                "水利局", EMPLOYER + "（地直，党政机关）", USERNAME, DEMO_PASSWORD + "-own");
        registration.register();
        registration.idNumberRefused("身份证号校验位错误");
        registration.screenshot("roles-01-registration-refused");

        registration.retypeIdNumber(ID_NUMBER.value());
        registration.register();
        MyFilesPage files = registration.registered();
        files.shows("#current-user", FULL_NAME);

        // the professional record comes before the file; a wrong date is marked on its field in Chinese
        files.recordCareer("2012-07-15", "助理工程师", "2011-07-01", "大学本科", "技师", "6500031234567", "2016-06-30", "3");
        files.shows("#career-appointed", "现职务聘任时间不能早于参加工作时间");
        files.screenshot("roles-01b-career-refused");
        files.correctCareerAppointed("2015-07-01");
        files.notified("职业信息已保存");

        files.startNewFile("工程系列", "水利专业", "中级");
        // engineering takes channel C, but only from 民营企业 staff; a 水利局 engineer is told so, not offered it
        files.shows("#new-file-reason", "仅限民营企业的专业技术人员申报");
        files.screenshot("roles-02-new-file");
        files.createFile();
        files.statusIs("草稿");
        files.shows("#submissions-left", "还可提交3次");
        // counted to 12-31 of 2023 from the record's dates
        files.shows("#file-seniority", "参加工作11年，现职务聘任8年");

        // typed scans with the upload's progress, the degree with its CHSI record, masked for experts
        files.tab("tab-attachments");
        files.shows("#missing-proof", "缺少学历（学位）证书");
        files.uploadScan("学历（学位）证书", Scans.png("degree.png"));
        files.shows("#missing-proof", "学信网电子注册备案表");
        files.uploadScan("学信网电子注册备案表或学籍在线验证报告", Scans.png("chsi-record.png"));
        files.noProofMissing();
        files.shows("#attachments vaadin-grid-cell-content", "已遮盖");
        files.previewFirstScan(Scans.WIDTH);
        files.screenshot("roles-02b-applicant-attachments");
        files.closePreview();

        // a certificate of a year before the platform kept records
        files.tab("tab-education");
        files.recordEducation("2020", "专业科目", "64", "JXJY-2020-0815");
        files.shows("#education-records vaadin-grid-cell-content", "JXJY-2020-0815");
        files.screenshot("roles-02c-applicant-education");

        // a file missing its fields or the commitment is refused; filled section by section, then signed (Annex 3)
        files.tab("tab-overview");
        files.submit();
        files.shows("vaadin-dialog-overlay #missing-items", "个人承诺书未签署"); // what is missing, not a toast
        files.cancelSubmission();
        files.tab("tab-sections");
        // education, title and dates come from the professional record (read-only here)
        files.shows("#file-missing", "基本情况：毕业院校");
        files.type("field-basic-school", "新疆农业大学");
        files.type("field-basic-major", "水利水电工程");
        files.typeDate("field-basic-graduated", "2012-06-30"); // as the hint says (2012/6/30 and 2012.6.30 work too)
        files.type("field-basic-employer", EMPLOYER);
        files.saveSections();
        files.notified("已保存：基本情况");
        assertEquals("the typed date is kept", "2012-06-30", files.valueOf("field-basic-graduated"));
        files.type("field-work-history-history", WORK_HISTORY);
        files.saveSections();
        files.notified("已保存：工作经历");
        files.type("field-achievements-summary", "主持灌区节水改造设计三项，参与水库除险加固两项。");
        files.saveSections();
        files.notified("已保存：专业技术工作业绩");
        files.type("field-engineering-projects-project-name", PROJECT);
        files.pick("field-engineering-projects-role", "技术负责人");
        files.pick("field-engineering-projects-scale", "中型");
        files.saveSections();
        files.shows("#file-missing", "个人承诺书未签署");
        files.screenshot("roles-02d-applicant-sections");
        files.tab("tab-commitment");
        files.shows("#commitment-text", "完全真实有效");
        files.signCommitment();
        files.notified("请先勾选");
        files.agreeToCommitment();
        files.signCommitment();
        files.shows("#commitment-state", "已由" + FULL_NAME); // the person, not the account

        files.tab("tab-overview");
        files.submit();
        files.confirmSubmission(); // after saying what will happen
        files.statusIs("已提交");
        files.shows("#submissions-left", "还可提交2次");
        files.screenshot("roles-03-applicant-submitted");
        files.logout();
    }

    @Test
    public void d_applicantPaysTheFee_R29() throws Exception {
        MyFilesPage files = login().applicant(USERNAME, DEMO_PASSWORD + "-own");
        files.statusIs("已接收材料");
        files.payFee("WX-2023-0821-001");
        files.statusIs("已缴费");
        files.shows("#file-history vaadin-grid-cell-content", "单位审核通过");
        files.screenshot("roles-06-applicant-paid");
        files.logout();
        senior.payFee("2023-08-21");
    }

    @Test
    public void i2_applicantOpensTheElectronicCertificate_R11() throws Exception {
        MyFilesPage files = login().applicant(USERNAME, DEMO_PASSWORD + "-own");
        files.statusIs("已发证");
        files.tab("tab-documents");
        String certificate = files.certificateLink();
        assertTrue(certificate, files.showsPublicityAndRecommendation());
        files.screenshot("roles-10d-applicant-documents");
        // the link serves core's PDF in the applicant's own session (issue 18; its text and QR code: DocumentTests)
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'))", certificate);
        assertTrue(certificate + ": " + answer, String.valueOf(answer).startsWith("200 application/pdf"));
        assertTrue(certificate, certificate.contains(certificateNumber));
        browser.logout();
    }

    @Test
    public void j_aPluginLeavesAndReturnsInALoggedInSession() throws Exception {
        String link = "#main-navigation a[data-route='engineering/portfolio']"; // the engineering department's own screen
        browser.login("dept-engineering", DEMO_PASSWORD);
        browser.waitFor(link);
        browser.driver.executeScript("window.zhichengSamePage = true;");
        // Karaf's features service is now and then restarted by its own configuration arriving mid-boot and then
        // forgets it installed the boot features; installing again is a no-op otherwise and records it
        platform.client("feature:install zhicheng-series-engineering");
        platform.client("feature:uninstall zhicheng-series-engineering");
        new WebDriverWait(browser.driver, Browser.UI_TIMEOUT).until(d -> d.findElements(By.cssSelector(link)).isEmpty());
        browser.waitForText("#current-user", "行业主管部门");
        browser.screenshot("roles-13-plugin-removed-logged-in");
        platform.client("feature:install zhicheng-series-engineering");
        browser.waitFor(link);
        assertEquals("the page was reloaded", Boolean.TRUE,
                browser.driver.executeScript("return window.zhichengSamePage === true;"));
        browser.waitForText("#current-user", "行业主管部门");
    }
}
