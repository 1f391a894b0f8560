package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The professional record (职业信息) and what opening a file checks against it, over HTTP on the shipped series (their
 * sample minimums: 中级 asks 4 years in the current appointment): seniority to 12-31 of the year, the
 * high-skill bridge of the engineering series and technical-school classes as education. The
 * applicant records their own; another applicant and an administrator are refused (403); a wrong value is refused
 * (400) and changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CareerTests extends ContainerTestSupport {

    private static final Http.Credentials ADMIN = new Http.Credentials("admin", "zhicheng");

    private final ObjectMapper json = new ObjectMapper();

    private record Person(Http.Credentials credentials, long applicantId) {
    }

    private Person register() throws IOException {
        ResidentIdNumber idNumber = TestData.idNumber();
        String username = TestData.token("career-").toLowerCase();
        ObjectNode registration = json.createObjectNode().put("username", username).put("password", "secret-" + username);
        registration.putObject("applicant").put("fullName", "职业" + TestData.token("")).put("idNumber", idNumber.value())
                .put("employer", "阿克苏地区水利局").put("county", "").put("tier", "地直");
        JsonNode account = read(call("POST", "/api/v1/registrations", registration.toString(), null), 201);
        return new Person(new Http.Credentials(username, "secret-" + username), account.get("applicantId").asLong());
    }

    private HttpResult call(String method, String path, String body, Http.Credentials credentials) throws IOException {
        return Http.request(httpPort(), method, path, body, credentials);
    }

    private JsonNode read(HttpResult result, int status) throws IOException {
        assertEquals(result.body(), status, result.status());
        return json.readTree(result.body());
    }

    private static String career(String startedWork, String title, String appointed, String education) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("startedWork", startedWork).put("currentTitle", title)
                .put("education", education).put("appraisalsPassed", true);
        if (appointed != null) {
            body.put("appointed", appointed);
        }
        return body.toString();
    }

    private String skilled(String level, int years, String schoolClass) {
        ObjectNode body = json.createObjectNode().put("startedWork", "2010-07-01").put("currentTitle", "无")
                .put("education", "高中及以下").put("technicalSchoolClass", schoolClass).put("yearsOfTechnicalWork", years)
                .put("appraisalsPassed", true);
        body.putObject("vocational").put("level", level).put("certificateNumber", "S-" + TestData.token(""))
                .put("issuedOn", "2016-06-30");
        return body.toString();
    }

    private HttpResult open(Person person, String level) throws IOException {
        ObjectNode request = json.createObjectNode().put("applicantId", person.applicantId()).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", level).put("channel", "A");
        return call("POST", "/api/v1/applications", request.toString(), person.credentials());
    }

    private String path(Person person) {
        return "/api/v1/applicants/" + person.applicantId() + "/career";
    }

    @Test
    public void theApplicantRecordsTheirOwnRecordAndOthersAreRefused_R12() throws Exception {
        Person applicant = register();
        Person other = register();
        assertEquals("UNKNOWN_CAREER_RECORD", read(call("GET", path(applicant), null, applicant.credentials()), 404)
                .get("code").asText());
        String record = career("2008-08-01", "助理工程师", "2013-09-01", "大学本科");
        assertEquals("FORBIDDEN", read(call("PUT", path(applicant), record, other.credentials()), 403).get("code").asText());
        assertEquals("FORBIDDEN", read(call("PUT", path(applicant), record, ADMIN), 403).get("code").asText());
        JsonNode saved = read(call("PUT", path(applicant), record, applicant.credentials()), 200);
        assertEquals("2013-09-01", saved.get("appointed").asText());

        // a wrong value is refused with its reason in Chinese and changes nothing
        JsonNode early = read(call("PUT", path(applicant), career("2008-08-01", "助理工程师", "2001-09-01", "大学本科"),
                applicant.credentials()), 400);
        assertEquals("现职务聘任时间不能早于参加工作时间", early.get("message").get("zh").asText());
        JsonNode badDate = read(call("PUT", path(applicant), career("2008/08/01", "助理工程师", "2013-09-01", "大学本科"),
                applicant.credentials()), 400);
        assertEquals("INVALID_INPUT", badDate.get("code").asText());
        assertEquals(saved, read(call("GET", path(applicant), null, applicant.credentials()), 200));
        assertEquals("FORBIDDEN", read(call("GET", path(applicant), null, other.credentials()), 403).get("code").asText());
    }

    @Test
    public void aFileIsOpenedOnlyWithTheYearsItsLevelAsksCountedTo31December_R12() throws Exception {
        Person applicant = register();
        assertEquals("CAREER_RECORD_MISSING", read(open(applicant, "中级"), 422).get("code").asText());
        // 2020-01-01 to 2023-12-31: 3 full years; 中级 asks 4
        read(call("PUT", path(applicant), career("2012-07-01", "助理工程师", "2020-01-01", "大学本科"), applicant.credentials()), 200);
        JsonNode refused = read(open(applicant, "中级"), 422);
        assertEquals("SENIORITY_TOO_SHORT", refused.get("code").asText());
        assertEquals("申报中级须现职务聘任满4年（计算至2023年12月31日），现为3年", refused.get("message").get("zh").asText());
        assertTrue("nothing opened", applications.forApplicant(applicant.applicantId(), IT).isEmpty());

        read(call("PUT", path(applicant), career("2012-07-01", "助理工程师", "2019-12-31", "大学本科"), applicant.credentials()), 200);
        long id = read(open(applicant, "中级"), 201).get("id").asLong();
        JsonNode seniority = read(call("GET", "/api/v1/applications/" + id + "/seniority", null, applicant.credentials()), 200);
        assertEquals("2023-12-31", seniority.get("cutoff").asText());
        assertEquals(11, seniority.get("yearsOfWork").asInt());
        assertEquals(4, seniority.get("yearsInAppointment").asInt());
        assertEquals("FORBIDDEN", read(call("GET", "/api/v1/applications/" + id + "/seniority", null,
                register().credentials()), 403).get("code").asText());
    }

    @Test
    public void aVocationalQualificationOpensItsLevelInABridgeSeries_R30_R31_R32() throws Exception {
        Person technician = register();
        JsonNode recorded = read(call("PUT", path(technician), skilled("技师", 2, "高级工班"), technician.credentials()), 200);
        assertEquals("大学专科", recorded.get("countedEducation").asText());
        JsonNode refused = read(open(technician, "中级"), 422);
        assertEquals("BRIDGE_NOT_OPEN", refused.get("code").asText());
        assertEquals("高技能人才贯通：取得技师后须从事技术工作满3年", refused.get("message").get("zh").asText());
        assertTrue("nothing opened", applications.forApplicant(technician.applicantId(), IT).isEmpty());

        read(call("PUT", path(technician), skilled("TECHNICIAN", 3, "高级工班"), technician.credentials()), 200);
        long id = read(open(technician, "中级"), 201).get("id").asLong();
        JsonNode basic = read(call("GET", "/api/v1/applications/" + id + "/sections", null, technician.credentials()), 200)
                .get("sections").get(0).get("values");
        assertEquals("大学专科", basic.get("education").asText()); // the class counts as college
        assertEquals("2010-07-01", basic.get("started-work").asText());

        JsonNode unknownLevel = read(call("PUT", path(technician), skilled("工匠", 3, null), technician.credentials()), 400);
        assertEquals("职业资格等级须为高级工、技师或高级技师", unknownLevel.get("message").get("zh").asText());
    }
}
