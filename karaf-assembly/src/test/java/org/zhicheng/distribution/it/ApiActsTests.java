package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The routes issue 11 added for acts the UI offered alone, each with the role that may (core decides), a 403 for a
 * role that may not and a 4xx for a bad value that changes nothing; and the API's description of itself: the
 * generated OpenAPI document at /api/openapi.json and its browsable page at /api/docs/, public and read only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ApiActsTests extends ContainerTestSupport {

    private static final Http.Credentials BUREAU = Api.demo("wensu-hr"); // 温宿县人社局
    private static final Http.Credentials OTHER_BUREAU = Api.demo("kuqa-hr");
    private static final Http.Credentials UNIT = Api.demo("unit-shuili");
    private static final Http.Credentials ADMIN = Api.demo("admin");
    private static final Http.Credentials EXPERT = Api.demo("expert1");

    private Api api;

    /** A self-registered applicant of 温宿县 with an engineering draft. */
    private Http.Credentials applicant;
    private long applicantId;
    private JsonNode file;
    private String at;

    @Before
    public void anApplicantWithADraft() throws Exception {
        api = new Api(httpPort());
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/series", null).status() == 200);
        api.awaitRoutes(STATE_TIMEOUT, Api.ISSUE_11_ROUTES);
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find("engineering").map(s -> s.accepting()).orElse(false));
        String idNumber = TestData.idNumber().value();
        String username = "acts-" + idNumber.substring(10).toLowerCase();
        ObjectNode registration = api.object().put("username", username).put("password", "secret-" + username);
        registration.putObject("applicant").put("fullName", "测试" + TestData.token("")).put("idNumber", idNumber)
                .put("employer", TestData.token("温宿县水利局-")).put("county", "温宿县").put("tier", "县市");
        applicantId = api.expect(201, api.post("/api/v1/registrations", registration, null)).get("applicantId").asLong();
        applicant = new Http.Credentials(username, "secret-" + username);
        CompleteFiles.recordCareerOverHttp(httpPort(), applicantId, applicant); // before any file
        ObjectNode draft = api.object().put("applicantId", applicantId).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级").put("channel", "A");
        file = api.expect(201, api.post("/api/v1/applications", draft, applicant));
        at = "/api/v1/applications/" + file.get("id").asLong();
    }

    @Test
    public void continuingEducationRecordsAndExemptions_R18_R24() {
        String education = "/api/v1/applicants/" + applicantId + "/continuing-education";
        ObjectNode hours = api.object().put("year", 2022).put("kind", "专业科目").put("hours", 72).put("source", "PLATFORM")
                .put("reference", "JXJY-2022-" + applicantId);
        api.assertProblem(api.post(education, hours, UNIT), 403, "FORBIDDEN");
        api.assertProblem(api.post(education, hours.deepCopy().put("hours", 0), applicant), 400, "INVALID_INPUT");
        api.assertProblem(api.post(education, hours.deepCopy().put("kind", "HOBBY"), applicant), 400, "INVALID_INPUT");
        // from 2021 the platform's own records count, not uploaded certificates
        api.assertProblem(api.post(education, hours.deepCopy().put("source", "UPLOADED"), applicant), 422,
                "PLATFORM_RECORD_REQUIRED");
        assertEquals("the refusals recorded nothing", 0, api.expect(200, api.get(education, applicant)).size());
        JsonNode recorded = api.expect(201, api.post(education, hours, applicant));
        assertEquals("PROFESSIONAL", recorded.get("kind").asText());
        assertEquals(1, api.expect(200, api.get(education, BUREAU)).size());
        api.assertProblem(api.get(education, OTHER_BUREAU), 403, "FORBIDDEN");

        // Annex 4: the county bureau records the approved form, not the applicant; once a year
        ObjectNode form = api.object().put("year", 2021).put("approvedBy", "地区访惠聚办公室").put("reference", "阿访办〔2021〕3号");
        api.assertProblem(api.post(education + "/exemptions", form, applicant), 403, "FORBIDDEN");
        api.assertProblem(api.post(education + "/exemptions", form.deepCopy().put("year", 1800), BUREAU), 400, "INVALID_INPUT");
        api.assertProblem(api.post(education + "/exemptions", form.deepCopy().put("reference", " "), BUREAU), 400,
                "INVALID_INPUT");
        assertEquals(0, api.expect(200, api.get(education + "/exemptions", applicant)).size());
        api.expect(201, api.post(education + "/exemptions", form, BUREAU));
        api.assertProblem(api.post(education + "/exemptions", form, BUREAU), 409, "ALREADY_EXEMPT");
        assertEquals(1, api.expect(200, api.get(education + "/exemptions", applicant)).size());

        JsonNode check = api.expect(200, api.get(at + "/checks/continuing-education", applicant));
        assertTrue(check.toString(), check.get("yearsChecked").toString().contains("2021"));
        api.assertProblem(api.get(at + "/checks/continuing-education", OTHER_BUREAU), 403, "FORBIDDEN");
        api.assertProblem(api.get("/api/v1/applications/999999999/checks/continuing-education", BUREAU), 404,
                "UNKNOWN_APPLICATION");
    }

    @Test
    public void examResults_R33() {
        String exams = "/api/v1/applicants/" + applicantId + "/exam-results";
        ObjectNode result = api.object().put("exam", "senior-economics").put("year", 2022).put("atNationalStandard", true);
        api.assertProblem(api.post(exams, result, UNIT), 403, "FORBIDDEN");
        api.assertProblem(api.post(exams, result.deepCopy().put("year", 1980), applicant), 400, "INVALID_INPUT");
        api.assertProblem(api.post(exams, result.deepCopy().putNull("atNationalStandard"), applicant), 400, "INVALID_INPUT");
        assertEquals("nothing recorded", 0, api.expect(200, api.get(exams, applicant)).size());
        assertEquals(2022, api.expect(201, api.post(exams, result, applicant)).get("year").asInt());
        assertEquals(1, api.expect(200, api.get(exams, BUREAU)).size());
        api.assertProblem(api.get(exams, OTHER_BUREAU), 403, "FORBIDDEN");
    }

    @Test
    public void scansRemovedByTheirApplicantAndReadByWhoMay_R13_R17() throws Exception {
        byte[] png = Files.readAllBytes(Scans.png("acts-" + applicantId + ".png"));
        long scan = api.expect(201, api.upload(at + "/attachments?type=AWARD&masked=true&fileName=award.png", png, applicant))
                .get("id").asLong();
        HttpResult content = api.get(at + "/attachments/" + scan + "/content", BUREAU);
        assertEquals(200, content.status());
        assertEquals("image/png", content.header("Content-Type"));
        api.assertProblem(api.get(at + "/attachments/" + scan + "/content", OTHER_BUREAU), 403, "FORBIDDEN");
        // an expert not assigned to the file sees none of it
        api.assertProblem(api.get(at + "/attachments/masked", EXPERT), 403, "NOT_ASSIGNED");
        api.assertProblem(api.get(at + "/attachments/" + scan + "/content", EXPERT), 403, "FORBIDDEN");
        assertEquals(1, api.expect(200, api.get(at + "/attachments/masked", BUREAU)).size());
        JsonNode proof = api.expect(200, api.get(at + "/checks/education-proof", applicant));
        assertTrue(proof.toString(), proof.get("missing").get(0).asText().contains("学历"));
        api.assertProblem(api.get(at + "/checks/education-proof", OTHER_BUREAU), 403, "FORBIDDEN");

        api.assertProblem(api.delete(at + "/attachments/" + scan, BUREAU), 403, "FORBIDDEN");
        api.assertProblem(api.delete(at + "/attachments/999999999", applicant), 404, "UNKNOWN_ATTACHMENT");
        assertEquals("the refusals removed nothing", 1, api.expect(200, api.get(at + "/attachments", applicant)).size());
        assertEquals(204, api.delete(at + "/attachments/" + scan, applicant).status());
        assertEquals(0, api.expect(200, api.get(at + "/attachments", applicant)).size());
    }

    @Test
    public void falsifiedMaterialIsRefusedByTheReviewer_R37() throws Exception {
        CompleteFiles.completeOverHttp(httpPort(), file.get("id").asLong(), applicant);
        file = api.step(at + "/submit", api.version(file), applicant);
        ObjectNode refusal = api.version(file).put("finding", "业绩证明系伪造");
        api.assertProblem(api.post(at + "/falsification-refusal", refusal, UNIT), 403, "FORBIDDEN");
        api.assertProblem(api.post(at + "/falsification-refusal", refusal, applicant), 403, "FORBIDDEN");
        api.assertProblem(api.post(at + "/falsification-refusal", api.version(file), BUREAU), 400, "INVALID_INPUT");
        api.assertProblem(api.post(at + "/falsification-refusal", refusal.deepCopy().put("expectedVersion", 0), BUREAU), 409,
                "STALE_VERSION");
        assertEquals("SUBMITTED", api.expect(200, api.get(at, applicant)).get("status").asText());
        JsonNode refused = api.step(at + "/falsification-refusal", refusal, BUREAU);
        assertEquals("REFUSED", refused.get("status").asText());
        api.assertProblem(api.get(at + "/fee-payment", applicant), 404, "UNKNOWN_FEE_PAYMENT");
        api.assertProblem(api.get(at + "/fee-payment", OTHER_BUREAU), 403, "FORBIDDEN");
        api.assertProblem(api.get(at + "/entrustment-letter", OTHER_BUREAU), 403, "FORBIDDEN");
    }

    @Test
    public void filingsAuditAndPluginsAreTheOfficesAndAdministrators_R28_R36() {
        ObjectNode filing = api.object().put("kind", "PRE_FILING").put("evaluationYear", 2023).put("seriesCode", "engineering");
        api.assertProblem(api.post("/api/v1/filings", filing, BUREAU), 403, "FORBIDDEN");
        api.assertProblem(api.post("/api/v1/filings", filing.deepCopy().put("kind", "LATE_FILING"), Api.demo("office")), 400,
                "INVALID_INPUT");
        // pre-filing by 07-10; the platform's date is 08-01
        api.assertProblem(api.post("/api/v1/filings", filing, Api.demo("office")), 409, "FILING_LATE");
        api.assertProblem(api.get("/api/v1/filings", Api.demo("office")), 400, "INVALID_INPUT");
        assertTrue(api.expect(200, api.get("/api/v1/filings?year=2023", ADMIN)).isArray());

        api.assertProblem(api.get("/api/v1/audit?limit=5", applicant), 403, "FORBIDDEN");
        api.assertProblem(api.get("/api/v1/audit?limit=0", ADMIN), 400, "INVALID_INPUT");
        api.assertProblem(api.get("/api/v1/audit?from=yesterday", ADMIN), 400, "INVALID_INPUT");
        JsonNode drafts = api.expect(200, api.get("/api/v1/audit?subject=application:" + file.get("id").asLong(), ADMIN));
        assertTrue(drafts.toString(), drafts.size() >= 1 && drafts.get(0).get("hash").asText().length() > 10);
        // the real instant and the platform's date the act counted on (the demo runs in 2023)
        assertTrue(drafts.toString(), drafts.get(0).get("platformDate").asText().startsWith("2023-")
                && drafts.get(0).get("at").asText().length() > 10);

        api.assertProblem(api.get("/api/v1/series-plugins/refusals", applicant), 403, "FORBIDDEN");
        assertTrue(api.expect(200, api.get("/api/v1/series-plugins/refusals", ADMIN)).isArray());
    }

    @Test
    public void publishedResultsArePublic_R35() {
        assertTrue(api.expect(200, api.get("/api/v1/published-results?seriesCode=engineering&year=2023", null)).isArray());
        api.assertProblem(api.get("/api/v1/published-results?seriesCode=astrology&year=2023", null), 404, "UNKNOWN_SERIES");
        api.assertProblem(api.get("/api/v1/published-results?seriesCode=engineering", null), 400, "INVALID_INPUT");
    }

    @Test
    public void theApiDescribesItselfPubliclyAndReadOnly() {
        JsonNode document = api.expect(200, api.get("/api/openapi.json", null));
        assertTrue(document.get("openapi").asText().startsWith("3."));
        JsonNode paths = document.get("paths");
        assertTrue(paths.has("/v1/applications/{id}/entrustment-letter") && paths.has("/v1/filings")
                && paths.get("/v1/applications/{id}/submit").has("post"));
        assertEquals("/api", document.get("servers").get(0).get("url").asText());

        for (String docs : new String[] {"/api/docs/", "/api/docs"}) { // the latter redirected (303) to the former
            HttpResult page = api.get(docs, null);
            assertEquals(docs, 200, page.status());
            assertTrue(page.body(), page.body().contains("swagger-ui-bundle.js") && page.body().contains("docs.js"));
        }
        HttpResult bundle = api.get("/api/docs/swagger-ui-bundle.js", null);
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().length() > 100_000);
        api.assertProblem(api.get("/api/docs/secrets.txt", null), 404, "NOT_FOUND");
        assertEquals("read only", 405, api.post("/api/openapi.json", "{}", null).status());
        // CXF's own description of the routes stays off (karaf-assembly blacklists its WADL generator)
        assertTrue(api.get("/api/v1/series?_wadl", null).body().startsWith("["));
    }
}
