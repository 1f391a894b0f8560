package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The message centre and contact settings over real HTTP (issue 12): a file returned by its county bureau tells its
 * applicant the resubmission deadline counted from the platform's date; each person reads and marks only their
 * own messages (404 for another's, 401 anonymous); the registration's mobile is the default SMS number, a bad one is
 * refused and changes nothing. Delivery by email and SMS is tested with real servers in NotificationsIT.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class NotificationTests extends ContainerTestSupport {

    private static final Http.Credentials BUREAU = Api.demo("wensu-hr"); // 温宿县人社局

    private Api api;

    @Before
    public void routes() {
        api = new Api(httpPort());
        api.awaitRoutes(STATE_TIMEOUT, "/api/v1/notifications", "/api/v1/me/contact", "/api/v1/applications/1");
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find("engineering").map(s -> s.accepting()).orElse(false));
    }

    private Http.Credentials register(String phone) {
        String idNumber = TestData.idNumber().value();
        String username = "notify-" + idNumber.substring(10).toLowerCase();
        ObjectNode registration = api.object().put("username", username).put("password", "secret-" + username);
        registration.putObject("applicant").put("fullName", "消息" + TestData.token("")).put("idNumber", idNumber)
                .put("employer", TestData.token("温宿县水利局-")).put("county", "温宿县").put("tier", "县市").put("phone", phone);
        long applicantId = api.expect(201, api.post("/api/v1/registrations", registration, null)).get("applicantId").asLong();
        Http.Credentials applicant = new Http.Credentials(username, "secret-" + username);
        try {
            CompleteFiles.recordCareerOverHttp(httpPort(), applicantId, applicant); // before any file
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return applicant;
    }

    @Test
    public void aReturnTellsTheApplicantTheDeadlineAndEachReadsOnlyTheirOwn_R14() throws Exception {
        Http.Credentials applicant = register("13800138000");
        long applicantId = api.expect(200, api.get("/api/v1/me", applicant)).get("applicantId").asLong();
        JsonNode file = api.expect(201, api.post("/api/v1/applications", api.object().put("applicantId", applicantId)
                .put("evaluationYear", 2023).put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级")
                .put("channel", "A"), applicant));
        String at = "/api/v1/applications/" + file.get("id").asLong();
        CompleteFiles.completeOverHttp(httpPort(), file.get("id").asLong(), applicant);
        file = api.step(at + "/submit", api.version(api.expect(200, api.get(at, applicant))), applicant);
        assertEquals(0, api.expect(200, api.get("/api/v1/notifications/unread-count", applicant)).get("unread").asInt());

        file = api.step(at + "/returns", api.version(file).put("reason", "继续教育证书不清晰"), BUREAU);
        assertEquals("RETURNED", file.get("status").asText());
        LocalDate today = LocalDate.parse(api.expect(200, api.get("/api/v1/clock", null)).get("date").asText());
        LocalDate deadline = today.plusDays(api.expect(200, api.get("/api/v1/campaigns/2023", null))
                .get("returnDeadlineDays").asInt());
        String chineseDeadline = deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";

        HttpResult mine = api.get("/api/v1/notifications", applicant);
        JsonNode message = api.expect(200, mine).get(0);
        assertEquals("RETURNED", message.get("kind").asText());
        assertEquals("退回修改", message.get("kindLabel").asText());
        assertTrue(message.toString(), message.get("title").asText().contains(chineseDeadline));
        assertTrue(message.toString(), message.get("body").asText().contains("继续教育证书不清晰"));
        assertEquals(file.get("id").asLong(), message.get("applicationId").asLong());
        assertEquals("1", mine.header("X-Unread-Count"));
        // issue 19: the same message in Uyghur for Accept-Language: ug, the series by its Uyghur name
        JsonNode uyghur = api.expect(200, Http.send(httpPort(), "GET", "/api/v1/notifications", null, null, applicant,
                Map.of("Accept-Language", "ug, zh;q=0.5"))).get(0);
        assertEquals(message.get("id").asLong(), uyghur.get("id").asLong());
        assertEquals("تۈزىتىشكە قايتۇرۇلدى", uyghur.get("kindLabel").asText());
        assertTrue(uyghur.toString(), uyghur.get("title").asText().contains(deadline.getYear() + "-يىلى "
                + deadline.getMonthValue() + "-ئاينىڭ " + deadline.getDayOfMonth() + "-كۈنىگىچە"));
        assertTrue(uyghur.toString(), uyghur.get("body").asText().contains("قۇرۇلۇش سېرىيىسى")
                && uyghur.get("body").asText().contains("继续教育证书不清晰"));
        String read = "/api/v1/notifications/" + message.get("id").asLong() + "/read";

        // nobody else's: another applicant sees none and cannot mark it; anonymous callers are refused
        Http.Credentials other = register("13800138002");
        assertEquals(0, api.expect(200, api.get("/api/v1/notifications", other)).size());
        api.assertProblem(api.post(read, null, other), 404, "UNKNOWN_NOTIFICATION");
        api.assertProblem(api.post(read, null, BUREAU), 404, "UNKNOWN_NOTIFICATION");
        assertEquals(401, api.get("/api/v1/notifications", null).status());
        assertEquals(401, api.get("/api/v1/notifications/unread-count", null).status());
        assertEquals(401, api.post(read, null, null).status());
        assertEquals(401, api.post("/api/v1/notifications/read-all", null, null).status());
        api.assertProblem(api.get("/api/v1/notifications?limit=0", applicant), 400, "INVALID_INPUT");
        assertEquals("nothing changed", 1, api.expect(200, api.get("/api/v1/notifications/unread-count", applicant))
                .get("unread").asInt());

        assertTrue(api.expect(200, api.post(read, null, applicant)).get("read").asBoolean());
        assertEquals(0, api.expect(200, api.get("/api/v1/notifications/unread-count", applicant)).get("unread").asInt());
        assertEquals(0, api.expect(200, api.post("/api/v1/notifications/read-all", null, applicant)).get("marked").asInt());
    }

    @Test
    public void contactSettingsStartFromTheRegistrationMobileAndRefuseBadValues() {
        Http.Credentials applicant = register("13800138001");
        assertEquals(401, api.get("/api/v1/me/contact", null).status());
        JsonNode contact = api.expect(200, api.get("/api/v1/me/contact", applicant));
        assertEquals("13800138001", contact.get("mobile").asText());
        assertTrue(contact.get("email").isNull());

        JsonNode refused = api.assertProblem(api.put("/api/v1/me/contact", api.object().put("mobile", "1380013"), applicant),
                400, "INVALID_INPUT");
        assertEquals("手机号码须为以1开头的11位数字", refused.get("detail").asText());
        api.assertProblem(api.put("/api/v1/me/contact", api.object().put("email", "no-at-sign"), applicant), 400,
                "INVALID_INPUT");
        assertEquals("13800138001", api.expect(200, api.get("/api/v1/me/contact", applicant)).get("mobile").asText());

        JsonNode saved = api.expect(200, api.put("/api/v1/me/contact", api.object().put("email", "notify@example.com")
                .put("mobile", "13900001111"), applicant));
        assertEquals("notify@example.com", saved.get("email").asText());
        assertEquals("13900001111", api.expect(200, api.get("/api/v1/me/contact", applicant)).get("mobile").asText());
        // the bureau's own settings are its own
        assertTrue(api.expect(200, api.get("/api/v1/me/contact", BUREAU)).get("email").isNull());
    }
}
