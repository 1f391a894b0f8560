package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.Before;
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
 * Over HTTP on the demo distribution (platform date 2023-08-01): a file's progress (the step, who acts next, the next
 * deadline, what is missing) for whoever may read the file, the channels an applicant may use (R-04..R-07), and the
 * registration's checks of phone, tier against county and the ID number's birth date, each refused with 400 naming
 * why and changing nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ProgressTests extends ContainerTestSupport {

    private static final Http.Credentials EXPERT = new Http.Credentials("expert1", "zhicheng");
    private static final Http.Credentials OTHER_APPLICANT = new Http.Credentials("lina", "zhicheng");

    private final ObjectMapper json = new ObjectMapper();

    private record Person(Http.Credentials credentials, long applicantId) {
    }

    /** Each whiteboard resource comes up on its own: these answer before a test uses them. */
    @Before
    public void awaitRoutes() {
        new Api(httpPort()).awaitRoutes(java.time.Duration.ofSeconds(90), "/api/v1/registrations", "/api/v1/applications",
                "/api/v1/applications/1/progress", "/api/v1/applicants/1/channels", "/api/v1/applicants/1/career");
    }

    private HttpResult call(String method, String path, String body, Http.Credentials credentials) throws IOException {
        return Http.request(httpPort(), method, path, body, credentials);
    }

    private JsonNode read(HttpResult result, int status) throws IOException {
        assertEquals(result.body(), status, result.status());
        return json.readTree(result.body());
    }

    private ObjectNode registration(String username, ResidentIdNumber id, String county, String tier, String phone) {
        ObjectNode registration = json.createObjectNode().put("username", username).put("password", "secret-" + username);
        registration.putObject("applicant").put("fullName", "进度" + TestData.token("")).put("idNumber", id.value())
                .put("employer", "阿克苏地区水利局").put("county", county).put("tier", tier).put("phone", phone);
        return registration;
    }

    private Person register() throws IOException {
        String username = TestData.token("progress-").toLowerCase();
        JsonNode account = read(call("POST", "/api/v1/registrations",
                registration(username, TestData.idNumber(), "", "地直", "13912345678").toString(), null), 201);
        Person person = new Person(new Http.Credentials(username, "secret-" + username), account.get("applicantId").asLong());
        CompleteFiles.recordCareerOverHttp(httpPort(), person.applicantId(), person.credentials()); // before a file
        return person;
    }

    @Test
    public void theApplicantSeesWhereTheirFileStandsOthersAreRefused_R08_R13() throws Exception {
        Person person = register();
        ObjectNode request = json.createObjectNode().put("applicantId", person.applicantId()).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级").put("channel", "A");
        long id = read(call("POST", "/api/v1/applications", request.toString(), person.credentials()), 201).get("id").asLong();
        String path = "/api/v1/applications/" + id + "/progress";
        JsonNode progress = read(call("GET", path, null, person.credentials()), 200);
        assertEquals("FILING", progress.get("step").asText());
        assertEquals("填报", progress.get("stepLabel").asText());
        assertEquals(8, progress.get("steps").size());
        assertEquals("APPLICANT", progress.get("next").get("kind").asText());
        assertEquals("APPLICATION_CLOSES", progress.get("deadline").get("kind").asText());
        assertEquals(progress.toString(), "2023-08-30", progress.get("deadline").get("date").asText());
        assertEquals(3, progress.get("submissionsLeft").asInt());
        boolean schoolMissing = false;
        for (JsonNode item : progress.get("missing")) {
            schoolMissing |= item.get("sectionId").asText().equals("basic") && item.get("fieldId").asText().equals("school");
        }
        assertTrue(progress.toString(), schoolMissing);

        assertEquals("FORBIDDEN", read(call("GET", path, null, OTHER_APPLICANT), 403).get("code").asText());
        assertEquals("an unassigned expert", 403, call("GET", path, null, EXPERT).status());
        assertEquals(401, call("GET", path, null, null).status());
        assertEquals(404, call("GET", "/api/v1/applications/987654321/progress", null, person.credentials()).status());
    }

    @Test
    public void channelsOfferedAreCoresAnswer_R06_R07() throws Exception {
        Person person = register();
        String path = "/api/v1/applicants/" + person.applicantId() + "/channels?seriesCode=engineering";
        JsonNode channels = read(call("GET", path, null, person.credentials()), 200);
        assertEquals(3, channels.size());
        assertTrue(channels.get(0).get("open").asBoolean());
        assertEquals("C_PRIVATE_ENTERPRISE", channels.get(2).get("channel").asText());
        assertTrue(channels.toString(), !channels.get(2).get("open").asBoolean()
                && channels.get(2).get("reason").asText().contains("仅限民营企业"));
        assertEquals("FORBIDDEN", read(call("GET", path, null, OTHER_APPLICANT), 403).get("code").asText());
        assertEquals("INVALID_INPUT", read(call("GET", "/api/v1/applicants/" + person.applicantId() + "/channels", null,
                person.credentials()), 400).get("code").asText());
        assertEquals("UNKNOWN_SERIES", read(call("GET", "/api/v1/applicants/" + person.applicantId()
                + "/channels?seriesCode=no-such", null, person.credentials()), 404).get("code").asText());
    }

    @Test
    public void registrationRefusesAShortPhoneATierAgainstItsCountyAndAnImplausibleBirthDate_R19() throws Exception {
        String[][] wrong = {
            {"", "地直", "2123456", "联系电话"},
            {"库车市", "地直", "13912345678", "地直单位不属于县（市）"},
            {"", "县市", "13912345678", "须选择所在县（市）"},
        };
        for (String[] row : wrong) {
            String username = TestData.token("refused-").toLowerCase();
            JsonNode problem = read(call("POST", "/api/v1/registrations",
                    registration(username, TestData.idNumber(), row[0], row[1], row[2]).toString(), null), 400);
            assertTrue(problem.toString(), problem.get("detail").asText().contains(row[3]));
            assertEquals("nothing stored", 401, call("GET", "/api/v1/me", null,
                    new Http.Credentials(username, "secret-" + username)).status());
        }
        String username = TestData.token("child-").toLowerCase();
        JsonNode child = read(call("POST", "/api/v1/registrations", registration(username,
                ResidentIdNumber.completing("11010120200101123"), "", "地直", "").toString(), null), 400);
        assertTrue(child.toString(), child.get("detail").asText().contains("出生日期"));
    }
}
