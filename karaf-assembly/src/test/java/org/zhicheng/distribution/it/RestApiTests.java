package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The REST API (/api/v1) over real HTTP in the running distribution: public catalogue and criteria, HTTP Basic
 * against the JAAS realm for everything else, errors as problem+json, and Vaadin still serving everything
 * outside /api.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestApiTests extends ContainerTestSupport {

    /** The demo integration account the demo data creates (README, "Demo accounts"). */
    private static final Http.Credentials INTEGRATION = new Http.Credentials("integration", RestLifecycleTests.DEMO_PASSWORD);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SERIES = "engineering";
    private static final String SPECIALTY = "林业专业";

    private final ObjectMapper json = new ObjectMapper();

    @Before
    public void apiIsUp() {
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find(SERIES).map(s -> s.accepting()).orElse(false));
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> call("GET", "/api/v1/series", null, null).status() == 200,
                () -> call("GET", "/api/v1/series", null, null).toString());
    }

    // ---- public: catalogue and criteria

    @Test
    public void seriesListIsPublicWithEvery27SeriesAndTheirCommitteeContacts_R39() throws Exception {
        HttpResult response = call("GET", "/api/v1/series", null, null);
        assertEquals(200, response.status());
        assertTrue(response.header("Content-Type"), response.header("Content-Type").startsWith("application/json"));
        JsonNode series = json.readTree(response.body());
        // the catalog's series in its order (Annex 5), suspended ones included (a plugin removed by an earlier test)
        List<String> codes = new ArrayList<>();
        series.forEach(s -> codes.add(s.get("code").asText()));
        assertEquals(catalog.allSeries().stream().map(s -> s.code()).toList(), codes);
        long accepting = StreamSupport.stream(series.spliterator(), false)
                .filter(s -> s.get("availability").asText().equals("ACCEPTING")).count();
        assertEquals("the 27 series of the committee table, all running", 27, accepting);

        JsonNode engineering = find(series, "code", SERIES);
        assertEquals("工程系列", engineering.get("name").asText());
        assertEquals("ACCEPTING", engineering.get("availability").asText());
        assertEquals("受理中", engineering.get("availabilityLabel").asText());
        assertTrue(engineering.get("seniorFee").asInt() > 0);
        assertTrue(engineering.get("policy").get("privateEnterpriseChannel").asBoolean());
        List<String> phones = new ArrayList<>();
        engineering.get("specialties").forEach(s -> s.get("committees").forEach(c -> phones.add(c.get("phone").asText())));
        assertTrue("engineering committees' phones: " + phones, phones.contains("0997-6797234"));
        JsonNode forestry = find(engineering.get("specialties"), "name", SPECIALTY);
        JsonNode intermediate = find(forestry.get("committees"), "level", "INTERMEDIATE");
        assertEquals("中级", intermediate.get("levelLabel").asText());
        assertEquals("地区林业和草原局", intermediate.get("organisingUnit").asText());

        JsonNode one = json.readTree(call("GET", "/api/v1/series/" + SERIES, null, null).body());
        assertEquals(engineering, one);
    }

    @Test
    public void everyCountysHrAndEducationBureauPhoneIsPublic_R39() throws Exception {
        HttpResult response = call("GET", "/api/v1/contacts/counties", null, null);
        assertEquals(response.body(), 200, response.status());
        JsonNode counties = json.readTree(response.body());
        assertEquals("the notice's nine counties and cities", 9, counties.size());
        JsonNode kuqa = find(counties, "county", "库车市");
        assertEquals("库车市人社局", kuqa.get("hrBureau").asText());
        assertEquals("0997-7779802", kuqa.get("hrBureauPhone").asText());
        assertEquals("库车市教科局", kuqa.get("educationBureau").asText());
        assertEquals("0997-7779728", kuqa.get("educationBureauPhone").asText());
        assertEquals("阿克苏市", counties.get(0).get("county").asText());
    }

    @Test
    public void scoringStandardsArePublicWithEveryVersionAndTheirCategoryShares_R35() throws Exception {
        HttpResult response = call("GET", "/api/v1/series/" + SERIES + "/scoring-standards", null, null);
        assertEquals(200, response.status());
        JsonNode standards = json.readTree(response.body());
        assertTrue("standards: " + response.body(), standards.size() > 0);
        assertTrue("a version 1", StreamSupport.stream(standards.spliterator(), false).anyMatch(s -> s.get("version").asInt() == 1));
        for (JsonNode standard : standards) {
            assertEquals(SERIES, standard.get("seriesCode").asText());
            JsonNode shares = standard.get("shares");
            assertTrue("shares of " + standard, shares.size() > 0);
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode share : shares) {
                sum = sum.add(share.decimalValue());
            }
            assertEquals("shares add up to the whole: " + shares, 0, sum.compareTo(BigDecimal.ONE));
            assertTrue(standard.get("items").size() > 0);
        }
    }

    @Test
    public void unknownSeriesIsA404Problem() throws Exception {
        HttpResult response = call("GET", "/api/v1/series/no-such-series", null, null);
        JsonNode problem = assertProblem(response, 404, "UNKNOWN_SERIES");
        assertEquals("未知的职称系列：no-such-series", problem.get("message").get("zh").asText());
        assertEquals("unknown series no-such-series", problem.get("message").get("en").asText());
        assertEquals("unknown series no-such-series", problem.get("title").asText());

        assertProblem(call("GET", "/api/v1/series/no-such-series/scoring-standards", null, null), 404, "UNKNOWN_SERIES");
    }

    // ---- routing beside Vaadin

    @Test
    public void apiPathsReachJaxRsAndEverythingElseStaysWithVaadin() throws Exception {
        // an unknown route under /api is JAX-RS's 404 problem, not Vaadin's page
        assertProblem(call("GET", "/api/v1/no-such-route", null, null), 404, "NOT_FOUND");
        // Vaadin's page at / (and at any other path), unaffected
        HttpResult page = Http.get(httpPort(), "/");
        assertEquals(200, page.status());
        assertTrue("Vaadin's bootstrap page:\n" + page.body(), page.body().contains("VAADIN/build/indexhtml"));
        assertTrue(Http.get(httpPort(), "/v1/series").body().contains("VAADIN/build/indexhtml"));
        // CXF's own servlet (/cxf) is switched off: the API is not reachable a second time outside /api
        HttpResult cxf = Http.get(httpPort(), "/cxf/v1/series");
        assertFalse("served JSON under /cxf: " + abbreviated(cxf.body()), String.valueOf(cxf.header("Content-Type")).contains("json"));
        // nor is it described to anonymous callers by CXF's WADL generator (left out of the distribution)
        HttpResult wadl = call("GET", "/api/v1/series?_wadl", null, null);
        assertTrue("?_wadl answered " + wadl.header("Content-Type") + ": " + abbreviated(wadl.body()),
                String.valueOf(wadl.header("Content-Type")).startsWith("application/json"));
    }

    // ---- authentication

    @Test
    public void everythingButThePublicGetsNeedsAuthentication() throws Exception {
        long before = applicants.count(IT);
        String body = applicantJson(TestData.idNumber().value());

        JsonNode anonymous = assertProblem(call("POST", "/api/v1/applicants", body, null), 401, "UNAUTHENTICATED");
        assertEquals("authentication required: send a user name and password with HTTP Basic", anonymous.get("title").asText());
        HttpResult wrongPassword = call("POST", "/api/v1/applicants", body, new Http.Credentials("integration", "wrong"));
        assertProblem(wrongPassword, 401, "UNAUTHENTICATED");
        assertTrue(wrongPassword.header("WWW-Authenticate"), wrongPassword.header("WWW-Authenticate").startsWith("Basic realm=\"zhicheng\""));
        assertProblem(call("GET", "/api/v1/applicants/1", null, null), 401, "UNAUTHENTICATED");
        assertProblem(call("GET", "/api/v1/applications/1/history", null, null), 401, "UNAUTHENTICATED");
        assertProblem(call("POST", "/api/v1/applications", "{}", null), 401, "UNAUTHENTICATED");

        assertEquals("nothing registered without authentication", before, applicants.count(IT));
    }

    // ---- applicants

    @Test
    public void registersAnApplicantAndReadsItBack() throws Exception {
        ResidentIdNumber idNumber = TestData.idNumber();
        HttpResult created = call("POST", "/api/v1/applicants", applicantJson(idNumber.value()), INTEGRATION);
        assertEquals(created.body(), 201, created.status());
        JsonNode applicant = json.readTree(created.body());
        long id = applicant.get("id").asLong();
        String location = created.header("Location");
        assertNotNull("Location header", location);
        assertTrue(location, location.endsWith("/api/v1/applicants/" + id));
        assertEquals(idNumber.masked(), applicant.get("maskedIdNumber").asText());
        assertFalse("the full ID number never leaves the platform", created.body().contains(idNumber.value()));

        HttpResult read = call("GET", location.substring(location.indexOf("/api/")), null, INTEGRATION);
        assertEquals(200, read.status());
        assertEquals(applicant, json.readTree(read.body()));
        assertEquals("测试申报人", applicant.get("fullName").asText());
        assertEquals("COUNTY_CITY", applicant.get("tier").asText());
        assertEquals("县市", applicant.get("tierLabel").asText());
        assertEquals(idNumber.masked(), applicants.find(id, IT).orElseThrow().maskedIdNumber());
    }

    @Test
    public void invalidIdNumberCheckCharacterIsA400ProblemAndNothingIsRegistered() throws Exception {
        String valid = TestData.idNumber().value();
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';
        String invalid = valid.substring(0, 17) + wrongCheck;
        long before = applicants.count(IT);

        JsonNode problem = assertProblem(call("POST", "/api/v1/applicants", applicantJson(invalid), INTEGRATION), 400, "INVALID_INPUT");
        assertEquals("身份证号校验位错误", problem.get("message").get("zh").asText());
        assertEquals("ID number check character is wrong", problem.get("message").get("en").asText());
        assertEquals(before, applicants.count(IT));
    }

    @Test
    public void malformedJsonIsA400Problem() throws Exception {
        assertProblem(call("POST", "/api/v1/applicants", "{\"fullName\": ", INTEGRATION), 400, "MALFORMED_JSON");
        assertProblem(call("GET", "/api/v1/applicants/0", null, INTEGRATION), 404, "UNKNOWN_APPLICANT");
    }

    // ---- applications

    @Test
    public void draftIsSubmittedAndItsHistoryNamesTheCaller_R36() throws Exception {
        long applicantId = registerApplicant();

        HttpResult created = call("POST", "/api/v1/applications", applicationJson(applicantId), INTEGRATION);
        assertEquals(created.body(), 201, created.status());
        JsonNode draft = json.readTree(created.body());
        long id = draft.get("id").asLong();
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api/v1/applications/" + id));
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals("INTERMEDIATE", draft.get("level").asText());
        assertEquals("A_PREFECTURE_DIRECTED", draft.get("channel").asText());

        CompleteFiles.completeOverHttp(httpPort(), id, INTEGRATION); // filled and signed first
        HttpResult submitted = call("POST", "/api/v1/applications/" + id + "/submit",
                "{\"expectedVersion\": " + draft.get("version").asLong() + "}", INTEGRATION);
        assertEquals(submitted.body(), 200, submitted.status());
        JsonNode application = json.readTree(submitted.body());
        assertEquals("SUBMITTED", application.get("status").asText());
        assertEquals(1, application.get("submissionCount").asInt());
        assertEquals(application, json.readTree(call("GET", "/api/v1/applications/" + id, null, INTEGRATION).body()));
        assertEquals(ApplicationStatus.SUBMITTED, applications.find(id, IT).map(Application::status).orElseThrow());

        JsonNode history = json.readTree(call("GET", "/api/v1/applications/" + id + "/history", null, INTEGRATION).body());
        assertEquals(history.toString(), 2, history.size());
        JsonNode submission = history.get(1);
        assertEquals("DRAFT", submission.get("from").asText());
        assertEquals("SUBMITTED", submission.get("to").asText());
        assertEquals("the authenticated caller is the actor", "integration", submission.get("actor").asText());
        assertTrue("ISO-8601 instant: " + submission.get("at"), submission.get("at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    public void staleExpectedVersionIsA409Problem() throws Exception {
        long applicantId = registerApplicant();
        JsonNode draft = json.readTree(call("POST", "/api/v1/applications", applicationJson(applicantId), INTEGRATION).body());
        long id = draft.get("id").asLong();

        JsonNode problem = assertProblem(call("POST", "/api/v1/applications/" + id + "/submit",
                "{\"expectedVersion\": " + (draft.get("version").asLong() + 1) + "}", INTEGRATION), 409, "STALE_VERSION");
        assertEquals("该申报已被他人修改，请刷新后重试", problem.get("message").get("zh").asText());
        assertEquals(ApplicationStatus.DRAFT, applications.find(id, IT).map(Application::status).orElseThrow());
    }

    @Test
    public void scansAreUploadedAndWrongTypesRefusedWithoutStoringAnything_R13_R17() throws Exception {
        long applicantId = registerApplicant();
        long id = json.readTree(call("POST", "/api/v1/applications", applicationJson(applicantId), INTEGRATION).body()).get("id").asLong();
        String path = "/api/v1/applications/" + id + "/attachments?type=PERFORMANCE_EVIDENCE&masked=true&fileName="
                + URLEncoder.encode("项目验收报告.pdf", StandardCharsets.UTF_8);

        HttpResult stored = Http.upload(httpPort(), path, org.zhicheng.testfixtures.FileCompletion.SCAN, INTEGRATION);
        assertEquals(stored.body(), 201, stored.status());
        JsonNode attachment = json.readTree(stored.body());
        assertEquals("application/pdf", attachment.get("contentType").asText());
        assertEquals("项目验收报告.pdf", attachment.get("fileName").asText());
        assertTrue(attachment.get("masked").asBoolean());

        assertProblem(Http.upload(httpPort(), path, "MZ\u0090 not a scan".getBytes(StandardCharsets.ISO_8859_1), INTEGRATION),
                422, "WRONG_FILE_TYPE");
        assertEquals(1, json.readTree(call("GET", "/api/v1/applications/" + id + "/attachments", null, INTEGRATION).body()).size());
    }

    @Test
    public void draftForAnUnknownSeriesIsA404Problem() throws Exception {
        long applicantId = registerApplicant();
        ObjectNode body = (ObjectNode) json.readTree(applicationJson(applicantId));
        body.put("seriesCode", "no-such-series");
        assertProblem(call("POST", "/api/v1/applications", body.toString(), INTEGRATION), 404, "UNKNOWN_SERIES");
        assertTrue(applications.forApplicant(applicantId, IT).isEmpty());
    }

    // ---- helpers

    private HttpResult call(String method, String path, String jsonBody, Http.Credentials credentials) {
        try {
            return Http.request(httpPort(), method, path, jsonBody, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** Asserts the RFC 7807 problem shape and returns it. */
    private JsonNode assertProblem(HttpResult response, int status, String code) throws IOException {
        assertEquals(response.body(), status, response.status());
        assertTrue("Content-Type " + response.header("Content-Type"), String.valueOf(response.header("Content-Type")).startsWith(PROBLEM_JSON));
        JsonNode problem = json.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertEquals(code, problem.get("code").asText());
        assertEquals("https://zhicheng.example/problems/" + code, problem.get("type").asText());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("message").get("zh").asText().isBlank());
        assertEquals(problem.get("title").asText(), problem.get("message").get("en").asText());
        assertFalse("no stack trace", response.body().contains("Exception"));
        return problem;
    }

    private long registerApplicant() throws IOException {
        HttpResult created = call("POST", "/api/v1/applicants", applicantJson(TestData.idNumber().value()), INTEGRATION);
        assertEquals(created.body(), 201, created.status());
        long id = json.readTree(created.body()).get("id").asLong();
        CompleteFiles.recordCareerOverHttp(httpPort(), id, INTEGRATION); // before any file
        return id;
    }

    private String applicantJson(String idNumber) {
        ObjectNode body = json.createObjectNode();
        body.put("fullName", "测试申报人");
        body.put("idNumber", idNumber);
        body.put("employer", TestData.token("阿克苏地区测试单位-"));
        body.put("tier", "COUNTY_CITY");
        body.put("phone", "0997-0000000");
        return body.toString();
    }

    private String applicationJson(long applicantId) {
        ObjectNode body = json.createObjectNode();
        body.put("applicantId", applicantId);
        body.put("evaluationYear", 2023);
        body.put("seriesCode", SERIES);
        body.put("specialty", SPECIALTY);
        body.put("level", "INTERMEDIATE");
        body.put("channel", "A_PREFECTURE_DIRECTED");
        return body.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> value.equals(n.get(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no element with " + field + "=" + value + " in " + abbreviated(array.toString())));
    }
}
