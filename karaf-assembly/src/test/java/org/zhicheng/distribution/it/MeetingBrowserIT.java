package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The committee meeting (issue 14): the file's way to the committee over REST; the office appoints the members,
 * schedules the meeting, is refused without quorum and opens it on its own screen; two members vote by secret ballot on
 * theirs (desktop and 390 px), a third declares their own recusal there (390 px); the office closes voting, the chair signs the minutes, the file passes and the office
 * sees the signed minutes (desktop and 390 px). Screenshots meeting-*.png.
 */
public class MeetingBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Http.Credentials INTEGRATION = Api.demo("integration");
    private static final Http.Credentials OFFICE = Api.demo("office");
    private static final Http.Credentials ADMIN = Api.demo("admin");
    private static final Http.Credentials SCORER = Api.demo("expert1");
    private static DemoInBrowser demo;
    private static InstalledDistribution platform;
    private static Browser browser;

    @Rule
    public final TestWatcher failures = DemoInBrowser.screenshotOnFailure(() -> browser, "meeting-FAILED-");

    @BeforeClass
    public static void start() throws Exception {
        demo = DemoInBrowser.start("meeting");
        platform = demo.platform;
        browser = demo.browser;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    private static JsonNode rest(int status, String method, String path, String body, Http.Credentials credentials)
            throws IOException, InterruptedException {
        HttpResult response = Http.request(platform.httpPort(), method, path, body, credentials);
        assertEquals(method + " " + path + ": " + response.body(), status, response.status());
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static String versioned(long id) throws IOException, InterruptedException {
        long version = rest(200, "GET", "/api/v1/applications/" + id, null, INTEGRATION).get("version").asLong();
        return JSON.createObjectNode().put("expectedVersion", version).toString();
    }

    private static Http.Credentials member(int i) {
        String id = "mb-%02d".formatted(i);
        return new Http.Credentials(id, "secret-" + id);
    }

    /** A 测绘专业 intermediate file taken to the committee and scored by expert1, all over REST. */
    private static long fileUnderEvaluation() throws Exception {
        platform.client("config:property-set -p org.zhicheng.clock date 2023-08-14");
        String user = TestData.token("meeting-").toLowerCase();
        Http.Credentials applicant = new Http.Credentials(user, "secret-" + user);
        ObjectNode registration = JSON.createObjectNode().put("username", user).put("password", applicant.password());
        registration.putObject("applicant").put("fullName", "测绘师" + TestData.token("")).put("idNumber",
                TestData.idNumber().value()).put("employer", "拜城县自然资源局").put("county", "拜城县").put("tier", "县市");
        long applicantId = rest(201, "POST", "/api/v1/registrations", registration.toString(), null).get("applicantId").asLong();
        CompleteFiles.recordCareerOverHttp(platform.httpPort(), applicantId, applicant);
        ObjectNode draft = JSON.createObjectNode().put("applicantId", applicantId).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "测绘专业").put("level", "中级").put("channel", "A");
        long id = rest(201, "POST", "/api/v1/applications", draft.toString(), applicant).get("id").asLong();
        String at = "/api/v1/applications/" + id;
        CompleteFiles.completeOverHttp(platform.httpPort(), id, applicant);
        rest(200, "POST", at + "/submit", versioned(id), applicant);
        ObjectNode approval = (ObjectNode) JSON.readTree(versioned(id));
        rest(200, "POST", at + "/employer-approval", approval.put("opinion", "同意推荐").toString(), INTEGRATION);
        platform.client("config:property-set -p org.zhicheng.clock date 2023-08-21"); // after the publicity
        rest(200, "POST", at + "/recommendation", versioned(id), INTEGRATION);
        rest(200, "POST", at + "/material-acceptance", versioned(id), INTEGRATION);
        ObjectNode payment = (ObjectNode) JSON.readTree(versioned(id));
        payment.put("amountYuan", rest(200, "GET", at + "/fee", null, INTEGRATION).get("amountYuan").asInt())
                .put("method", "QR_CODE").put("reference", "WX-MEETING-" + id).put("paidOn", "2023-08-21");
        rest(200, "POST", at + "/fee-payment", payment.toString(), INTEGRATION);
        rest(200, "POST", at + "/evaluation", versioned(id), OFFICE);
        rest(200, "POST", at + "/experts", "{\"expertIds\":[\"expert1\"]}", OFFICE);
        JsonNode blind = null;
        for (JsonNode assigned : rest(200, "GET", "/api/v1/experts/expert1/files", null, SCORER)) {
            if (assigned.get("applicationId").asLong() == id) {
                blind = assigned;
            }
        }
        ObjectNode sheet = JSON.createObjectNode();
        ObjectNode points = sheet.putObject("points");
        for (JsonNode item : blind.get("standard").get("items")) {
            if (!item.get("computed").asBoolean()) {
                points.put(item.get("id").asText(), item.get("points").decimalValue().multiply(new BigDecimal("0.8"))
                        .setScale(2, RoundingMode.DOWN));
            }
        }
        rest(201, "POST", at + "/score-sheets", sheet.toString(), SCORER);
        return id;
    }

    /** Eleven experts of the engineering pool with member accounts, mb-01 to mb-11: whom the office appoints. */
    private static void registerMembers() throws Exception {
        for (int i = 1; i <= 11; i++) {
            String id = member(i).user();
            rest(201, "POST", "/api/v1/experts", JSON.createObjectNode().put("id", id).put("name", "委员" + i)
                    .put("employer", "新疆大学").set("seriesCodes", JSON.createArrayNode().add("engineering")).toString(), OFFICE);
            rest(201, "POST", "/api/v1/accounts", JSON.createObjectNode().put("username", id).put("role", "EXPERT")
                    .put("expertId", id).put("password", member(i).password()).toString(), ADMIN);
        }
    }

    private static void voteInBrowser(int member, long fileId, String screenshot) throws IOException {
        browser.login(member(member).user(), member(member).password());
        browser.open("expert/meetings");
        browser.waitFor("#meeting-list");
        browser.clickCell("#meeting-list", "测绘专业"); // the committee by its specialty
        browser.click("#vote-" + fileId + "-yes");
        browser.waitFor("#vote-confirm");
        browser.screenshot(screenshot + "-confirm");
        browser.click("#vote-confirm");
        browser.waitForText("#ballot-state-" + fileId, "已投票");
        browser.screenshot(screenshot);
        browser.logout();
    }

    /** A box of the attendance, scrolled into view first (a phone's or a long list's fold). */
    private static void tick(WebElement box) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
    }

    /** The office's meeting screen on engineering.6 (测绘专业), the meeting of 09-20 chosen. */
    private static void officeOpensTheMeeting() {
        browser.open("committee/meetings?committee=engineering.6");
        browser.clickCell("#office-meeting-list", "2023-09-20");
        browser.waitFor("#office-next");
    }

    @Test
    public void theOfficeRunsTheMeetingMembersVoteOnTheirOwnScreensAndTheChairSigns() throws Exception {
        long fileId = fileUnderEvaluation();
        registerMembers();

        // the office appoints the eleven from the pool, mb-01 the chair, in the browser
        browser.login(OFFICE.user(), OFFICE.password());
        browser.open("committee/meetings?committee=engineering.6");
        browser.waitFor("#office-no-members");
        browser.waitFor("#office-no-meeting"); // 暂无评审会议
        browser.click("#office-appoint-open");
        for (int i = 1; i <= 11; i++) {
            browser.check("#appoint-" + member(i).user());
        }
        browser.pick("#appoint-role-mb-01", "主任委员");
        browser.screenshot("meeting-01-office-appoint");
        browser.click("#office-appoint");
        browser.waitForText("#appoint-consequence", "任命 11 名委员（主任委员 1 名）");
        browser.click("#appoint-confirm");
        browser.waitForText("#office-members vaadin-grid-cell-content", "主任委员");

        // it schedules the meeting inside the meetings window
        browser.pick("#schedule-grade", "中级");
        browser.typeDate("#schedule-date", "2023-09-20");
        browser.type("#schedule-place", "视频会议室 801");
        browser.click("#schedule-meeting");
        browser.click("#schedule-confirm");
        browser.waitForText("#office-next", "会议当天（2023-09-20）登记出席并开会");
        browser.screenshot("meeting-02-office-scheduled");

        // on the day: five of eleven is no quorum, refused in Chinese on the attendance; then all eleven open it
        platform.client("config:property-set -p org.zhicheng.clock date 2023-09-20");
        rest(200, "GET", "/api/v1/meetings/committees/engineering.6", null, OFFICE); // the API is back after the clock
        officeOpensTheMeeting();
        List<WebElement> attendance = browser.driver.findElements(By.cssSelector("#office-attendance vaadin-checkbox"));
        assertEquals(11, attendance.size());
        attendance.subList(0, 5).forEach(MeetingBrowserIT::tick);
        browser.click("#office-open");
        browser.click("#open-confirm");
        browser.waitForText("#office-attendance", "不足全体委员11人的三分之二（至少8人），会议不能召开");
        browser.screenshot("meeting-03-office-no-quorum");
        browser.driver.findElements(By.cssSelector("#office-attendance vaadin-checkbox")).subList(5, 11)
                .forEach(MeetingBrowserIT::tick);
        browser.click("#office-open");
        browser.click("#open-confirm");
        browser.waitForText("#office-meeting-heading", "表决中");
        browser.waitForText("#office-next", "结束表决");
        browser.logout();
        long meeting = rest(200, "GET", "/api/v1/meetings/committees/engineering.6", null, OFFICE).get(0).get("id").asLong();

        voteInBrowser(2, fileId, "meeting-04-member-ballot");
        browser.windowSize(390, 844);
        voteInBrowser(3, fileId, "meeting-05-member-ballot-phone");
        browser.windowSize(1280, 900);
        // a member declares their own recusal on their screen, with the reason: no ballot for them on that file
        browser.windowSize(390, 844);
        browser.login(member(11).user(), member(11).password());
        browser.open("expert/meetings");
        browser.clickCell("#meeting-list", "测绘专业");
        browser.click("#recuse-" + fileId);
        browser.waitFor("#recuse-self-consequence");
        browser.type("#recuse-self-text", "候选人系本人亲属");
        browser.screenshot("meeting-05b-member-recusal-phone");
        browser.click("#recuse-self-confirm");
        browser.waitForText("#ballot-state-" + fileId, "已回避");
        assertEquals(0, browser.driver.findElements(By.id("vote-" + fileId + "-yes")).size());
        browser.logout();
        browser.windowSize(1280, 900);
        rest(422, "POST", "/api/v1/meetings/" + meeting + "/ballot/" + fileId, "{\"choice\":\"YES\"}", member(11));
        // the other members over REST: 8 yes of the 10 who can vote is two thirds (24 >= 20)
        for (int i = 4; i <= 9; i++) {
            rest(200, "POST", "/api/v1/meetings/" + meeting + "/ballot/" + fileId, "{\"choice\":\"YES\"}", member(i));
        }
        rest(200, "POST", "/api/v1/meetings/" + meeting + "/ballot/" + fileId, "{\"choice\":\"ABSTAIN\"}", member(10));

        // the office closes voting (an intermediate meeting: no pass rate, R-34) and reads the counts
        browser.login(OFFICE.user(), OFFICE.password());
        officeOpensTheMeeting();
        browser.click("#office-close");
        browser.click("#close-confirm");
        browser.waitForText("#minutes-tallies vaadin-grid-cell-content", "通过");
        browser.waitForText("#office-next", "主任委员或副主任委员");
        browser.waitForText("#minutes-attendance", "应到 11 人，实到 11 人，回避 1 人次");
        browser.waitForText("#minutes-recusals", "委员11（mb-11） 回避");
        browser.screenshot("meeting-06-office-closed");
        browser.logout();

        browser.login(member(1).user(), member(1).password());
        browser.open("expert/meetings");
        browser.clickCell("#meeting-list", "测绘专业");
        browser.waitForText("#minutes-tallies vaadin-grid-cell-content", "通过");
        browser.screenshot("meeting-07-chair-minutes");
        browser.click("#sign-minutes");
        browser.click("#sign-confirm");
        browser.waitForText("#minutes-signed", "委员1（mb-01）");
        browser.waitForText("#meeting-list vaadin-grid-cell-content", "已签发");
        browser.screenshot("meeting-08-chair-signed");
        browser.logout();
        assertEquals("PASSED", rest(200, "GET", "/api/v1/applications/" + fileId, null, OFFICE).get("status").asText());

        // the office sees the signed minutes, with their downloads, at desktop width and on a phone
        browser.login(OFFICE.user(), OFFICE.password());
        officeOpensTheMeeting();
        browser.waitForText("#minutes-signed", "委员1（mb-01）");
        browser.waitForText("#office-next", "会议纪要已签发");
        browser.waitFor("#minutes-csv");
        browser.waitFor("#minutes-pdf");
        browser.screenshot("meeting-09-office-signed");
        browser.windowSize(390, 844);
        officeOpensTheMeeting();
        browser.waitForText("#minutes-signed", "委员1（mb-01）");
        browser.screenshot("meeting-10-office-signed-phone");
        browser.windowSize(1280, 900);
        browser.logout();
    }
}
