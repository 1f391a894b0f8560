package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@link RoleFlowsIT}: the reviewers' steps: the employer, the series department, a county bureau. */
public class ReviewerSteps extends RoleSteps {

    @Test
    public void b_employerApprovesResolvesAnObjectionAndRecommends_R20() throws Exception {
        ReviewPage review = login().reviewer("unit-shuili", DEMO_PASSWORD);
        review.isOpen();
        review.openFile(FULL_NAME);
        review.approve("材料真实、完整、有效，同意推荐");
        review.notified("已审核通过");
        review.screenshot("roles-04-employer-approved");
        senior = new SeniorDemoFile(platform.httpPort());
        senior.approveByEmployer();

        platform.client("config:property-set -p org.zhicheng.clock date 2023-08-21");
        senior.recommend();
        review.filter("单位公示中");
        review.openFile(FULL_NAME);
        review.shows("#review-publicity", "同意推荐");
        // the account that approved the file cannot object to it (issue 15): the desk says why
        assertTrue(review.whyNoObjection().contains("审核通过该申报的单位账号不能"));
        // a colleague's objection (ayigul works at the same unit) holds the recommendation until it is resolved
        colleagueObjects("论文与他人合著，排名有误");
        browser.driver.navigate().refresh(); // the page learns of the objection, and the file is opened afresh
        review.isOpen();
        review.filter("单位公示中");
        review.openFile(FULL_NAME);
        review.shows("#review-publicity", "未处理异议1件");
        // core offers no recommendation while an objection is open, and says why (issue 12)
        assertTrue(review.whyNoRecommendation().contains("异议未处理"));
        review.screenshot("roles-04b-employer-objection-open");
        review.dismissObjection("经核实排名无误");
        review.openFile(FULL_NAME);
        review.shows("#review-publicity", "未处理异议0件");
        review.recommend();
        review.notified("已推荐至");
        review.logout();
    }

    @Test
    public void c_seriesDepartmentReceivesTheMaterial_R19() throws Exception {
        ReviewPage review = login().reviewer("dept-engineering", DEMO_PASSWORD);
        review.isOpen();
        review.filter("单位已推荐");
        review.openFile(FULL_NAME);
        review.tab("tab-attachments");
        review.shows("#attachments vaadin-grid-cell-content", "degree.png");
        review.screenshot("roles-05-department-queue");
        assertTrue("a channel A file needs no entrustment letter (R-05)",
                browser.driver.findElements(By.id("entrustment-open")).isEmpty());

        // R-18, Annex 4: an approved exemption form replaces a year; without its number core refuses it
        review.startExemption("2021年度", "“访惠聚”办公室");
        review.notified("免修申请须写明审批单位和文号");
        review.exemptionReference("阿地访办〔2021〕12号");
        review.screenshot("roles-05a-department-exemption-dialog");
        review.saveExemption();
        review.shows("#education-exemptions", "2021年度：已免修（附件4，“访惠聚”办公室批准，阿地访办〔2021〕12号）");
        assertFalse(review.educationCheck().contains("2021年度：总学时"));
        review.screenshot("roles-05b-department-exemption-recorded");
        review.acceptMaterial();
        review.notified("已接收材料");
        review.logout();
        senior.acceptMaterial();
    }

    /** the channel B file cannot be accepted without its letter; the department records it, refused when incomplete. */
    @Test
    public void c2_departmentRecordsAChannelBFilesEntrustmentLetter_R05() throws Exception {
        submitChannelBFileOverRest();
        ReviewPage review = login().reviewer("dept-engineering", DEMO_PASSWORD);
        review.filter("已提交");
        review.openFile(CHANNEL_B_NAME);
        review.shows("#entrustment-state", "尚未登记");
        review.startEntrustmentLetter("阿地人社函〔2023〕56号");
        review.saveEntrustmentLetter();
        review.notified("须填写出具委托评审函的人社部门");
        review.entrustmentIssuedBy("阿克苏地区人力资源和社会保障局");
        review.screenshot("roles-05c-department-entrustment-dialog");
        review.saveEntrustmentLetter();
        review.shows("#entrustment-state", "阿克苏地区人力资源和社会保障局出具，文号阿地人社函〔2023〕56号");
        review.logout();
    }

    /** Registers the colleague, opens her channel B file, fills it, signs and submits it, as she would. */
    private static void submitChannelBFileOverRest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String user = TestData.token("channel-b-");
        Http.Credentials colleague = new Http.Credentials(user, "secret-" + user);
        ObjectNode registration = json.createObjectNode().put("username", user).put("password", colleague.password());
        registration.putObject("applicant").put("fullName", CHANNEL_B_NAME).put("idNumber", TestData.idNumber().value())
                .put("employer", EMPLOYER).put("county", "").put("tier", "地直");
        long applicantId = rest(201, "/api/v1/registrations", registration, null).get("applicantId").asLong();
        CompleteFiles.recordCareerOverHttp(platform.httpPort(), applicantId, colleague); // before the file
        ObjectNode draft = json.createObjectNode().put("applicantId", applicantId).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级").put("channel", "B");
        JsonNode file = rest(201, "/api/v1/applications", draft, colleague);
        CompleteFiles.completeOverHttp(platform.httpPort(), file.get("id").asLong(), colleague);
        rest(200, "/api/v1/applications/" + file.get("id").asLong() + "/submit",
                json.createObjectNode().put("expectedVersion", file.get("version").asLong()), colleague);
    }

    private static JsonNode rest(int status, String path, ObjectNode body, Http.Credentials credentials) throws IOException {
        HttpResult response = Http.request(platform.httpPort(), "POST", path, body.toString(), credentials);
        assertEquals(path + ": " + response.body(), status, response.status());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    public void ia_countyBureauConfirmsAUnitProposedAtRegistration() throws Exception {
        login().reviewer("kuqa-hr", DEMO_PASSWORD);
        UnitsPage units = UnitsPage.fromMenu(browser);
        units.shows("#units-grid vaadin-grid-cell-content", "库车市丝路农业科技有限公司"); // the demo's proposal
        units.askToConfirmFirst();
        units.shows("vaadin-dialog-overlay", "确认后该单位的申报人即可申报");
        units.screenshot("roles-12e-county-unit-confirm");
        units.confirm();
        units.notified("已确认单位：库车市丝路农业科技有限公司");
        units.screenshot("roles-12f-county-units");
        units.logout();
    }

    /** a colleague of the same unit (the demo's ayigul) objects over REST to the browser's file, found in the unit's queue. */
    private static void colleagueObjects(String objection) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResult queue = Http.request(platform.httpPort(), "GET", "/api/v1/review-desk/queue?pending=false&q="
                + java.net.URLEncoder.encode(FULL_NAME, java.nio.charset.StandardCharsets.UTF_8), null,
                new Http.Credentials("unit-shuili", DEMO_PASSWORD));
        assertEquals(queue.body(), 200, queue.status());
        JsonNode rows = json.readTree(queue.body());
        assertEquals(queue.body(), 1, rows.size());
        long id = rows.get(0).get("application").get("id").asLong();
        rest(200, "/api/v1/applications/" + id + "/objections", json.createObjectNode().put("objection", objection),
                new Http.Credentials("ayigul", DEMO_PASSWORD));
    }
}
