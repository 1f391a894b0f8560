package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
 * One senior file of the engineering series driven through its whole lifecycle over the REST API only, as an
 * integration, the employer, the bureau, the committee office and two experts (each with their own HTTP Basic
 * credentials, etc/users.properties) would: filing, a return and the resubmission, the employer's approval and
 * publicity, recommendation, material, fee, the evaluation with blind scoring and a defense, the committee's vote
 * with its pass rate, the certificate, its public verification and an intact audit log.
 * Only the platform date is moved, through Config Admin, as an administrator would.
 *
 * <p>The committee decides every engineering 2023 senior file under evaluation; no other test sends an
 * engineering file to the committee, so the meeting has this one file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestLifecycleTests extends ContainerTestSupport {

    private static final Http.Credentials INTEGRATION = new Http.Credentials("integration", "integration");
    /** Demo experts shipped in etc/users.properties; the user name is the expert id. */
    private static final List<Http.Credentials> EXPERTS = List.of(new Http.Credentials("expert1", "expert1"),
            new Http.Credentials("expert2", "expert2"));
    private static final String SERIES = "engineering";
    private static final String SPECIALTY = "水利专业";

    private final ObjectMapper json = new ObjectMapper();

    @Before
    public void apiIsUp() {
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find(SERIES).map(s -> s.accepting()).orElse(false));
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> call("GET", "/api/v1/series", null, null).status() == 200);
    }

    @Test
    public void seniorFileGoesFromFilingToAVerifiedCertificateOverHttpOnly_R14_R20_R22_R34_R38() throws Exception {
        try {
            setToday("2023-08-01");
            // ---- the applicant and the draft
            ResidentIdNumber idNumber = TestData.idNumber();
            String fullName = "工程师" + TestData.token("");
            String employer = TestData.token("温宿县农业技术推广中心-");
            ObjectNode applicant = json.createObjectNode();
            applicant.put("fullName", fullName);
            applicant.put("idNumber", idNumber.value());
            applicant.put("employer", employer);
            applicant.put("tier", "县市");
            applicant.put("phone", "0997-0000000");
            long applicantId = read(expect(201, post("/api/v1/applicants", applicant.toString(), INTEGRATION))).get("id").asLong();

            ObjectNode draftRequest = json.createObjectNode();
            draftRequest.put("applicantId", applicantId);
            draftRequest.put("evaluationYear", 2023);
            draftRequest.put("seriesCode", SERIES);
            draftRequest.put("specialty", SPECIALTY);
            draftRequest.put("level", "副高");
            draftRequest.put("channel", "A");
            JsonNode file = read(expect(201, post("/api/v1/applications", draftRequest.toString(), INTEGRATION)));
            long id = file.get("id").asLong();
            String at = "/api/v1/applications/" + id;
            assertEquals("SENIOR_ASSOCIATE", file.get("level").asText());

            // ---- submitted, returned for correction, submitted again
            file = step(at + "/submit", version(file), INTEGRATION);
            assertEquals("SUBMITTED", file.get("status").asText());
            ObjectNode returned = version(file);
            returned.put("reason", "论文材料缺少检索证明");
            file = step(at + "/returns", returned, INTEGRATION);
            assertEquals("RETURNED", file.get("status").asText());
            file = step(at + "/submit", version(file), INTEGRATION);
            assertEquals("SUBMITTED", file.get("status").asText());
            assertEquals(2, file.get("submissionCount").asInt());

            // ---- no write without authentication; a stale version is a conflict
            ObjectNode approval = version(file);
            approval.put("opinion", "材料真实、完整、有效，同意推荐");
            assertProblem(post(at + "/employer-approval", approval.toString(), null), 401, "UNAUTHENTICATED");
            ObjectNode stale = approval.deepCopy();
            stale.put("expectedVersion", file.get("version").asLong() - 1);
            assertProblem(post(at + "/employer-approval", stale.toString(), INTEGRATION), 409, "STALE_VERSION");
            assertEquals("SUBMITTED", read(expect(200, get(at, INTEGRATION))).get("status").asText());

            // ---- the employer's approval and the publicity inside the unit
            file = step(at + "/employer-approval", approval, INTEGRATION);
            assertEquals("IN_PUBLICITY", file.get("status").asText());
            JsonNode publicity = read(expect(200, get(at + "/publicity", INTEGRATION)));
            assertEquals("2023-08-01", publicity.get("firstDay").asText());
            assertEquals("材料真实、完整、有效，同意推荐", publicity.get("employerOpinion").asText());
            assertEquals(0, publicity.get("openObjections").asInt());

            setToday("2023-08-21");
            file = step(at + "/recommendation", version(file), INTEGRATION);
            assertEquals("RECOMMENDED", file.get("status").asText());
            file = step(at + "/material-acceptance", version(file), INTEGRATION);
            assertEquals("MATERIAL_RECEIVED", file.get("status").asText());

            // ---- the fee
            JsonNode fee = read(expect(200, get(at + "/fee", INTEGRATION)));
            int amount = fee.get("amountYuan").asInt();
            assertEquals(catalog.find(SERIES).orElseThrow().seniorFee(), amount);
            ObjectNode payment = version(file);
            payment.put("amountYuan", amount);
            payment.put("method", "QR_CODE");
            payment.put("reference", "WX-REST-" + id);
            payment.put("paidOn", "2023-08-21");
            file = step(at + "/fee-payment", payment, INTEGRATION);
            assertEquals("FEE_PAID", file.get("status").asText());

            // ---- the evaluation: experts registered and assigned, blind files
            file = step(at + "/evaluation", version(file), INTEGRATION);
            assertEquals("UNDER_EVALUATION", file.get("status").asText());
            for (Http.Credentials expert : EXPERTS) {
                ObjectNode register = json.createObjectNode();
                register.put("id", expert.user());
                register.put("name", "专家" + expert.user());
                register.put("employer", "新疆农业大学");
                register.putArray("seriesCodes").add(SERIES);
                register.putArray("relatedApplicants");
                expect(201, post("/api/v1/experts", register.toString(), INTEGRATION));
            }
            ObjectNode assignment = json.createObjectNode();
            assignment.putArray("expertIds").add("expert1").add("expert2");
            JsonNode assigned = read(expect(200, post(at + "/experts", assignment.toString(), INTEGRATION)));
            assertEquals(assigned.toString(), 2, assigned.size());

            // ---- each expert scores with their own credentials; the scorer is the authenticated user
            String[] shares = {"0.8", "0.9"};
            for (int i = 0; i < EXPERTS.size(); i++) {
                Http.Credentials expert = EXPERTS.get(i);
                HttpResult files = expect(200, get("/api/v1/experts/" + expert.user() + "/files", expert));
                assertFalse("no applicant name: " + files.body(), files.body().contains(fullName));
                assertFalse("no ID number", files.body().contains(idNumber.value()) || files.body().contains(idNumber.masked()));
                assertFalse("no employer", files.body().contains(employer));
                JsonNode blind = find(read(files), id);
                assertTrue(blind.get("blindCode").asText(), blind.get("blindCode").asText().startsWith("MP-2023-"));
                ObjectNode sheet = json.createObjectNode();
                ObjectNode points = sheet.putObject("points");
                for (JsonNode item : blind.get("standard").get("items")) {
                    points.put(item.get("id").asText(), item.get("points").decimalValue()
                            .multiply(new BigDecimal(shares[i])).setScale(2, RoundingMode.DOWN));
                }
                JsonNode scored = read(expect(201, post(at + "/score-sheets", sheet.toString(), expert)));
                assertEquals(expert.user(), scored.get("scorer").asText());
            }

            // ---- the defense and the committee with its pass rate
            JsonNode defense = read(expect(200, post(at + "/defense", "{\"score\": 86}", INTEGRATION)));
            assertEquals(0, new BigDecimal("86").compareTo(defense.get("defenseScore").decimalValue()));
            ObjectNode decision = json.createObjectNode();
            decision.put("seniorPassRate", new BigDecimal("1.0"));
            decision.putObject("votes").put(Long.toString(id), true);
            JsonNode result = read(expect(200, post("/api/v1/committees/" + SERIES + "/2023/SENIOR/decision",
                    decision.toString(), INTEGRATION)));
            assertEquals(result.toString(), 1, result.get("candidates").asInt());
            assertEquals(1, result.get("passLimit").asInt());
            JsonNode ranked = result.get("ranking").get(0);
            assertEquals(id, ranked.get("applicationId").asLong());
            assertTrue(ranked.get("passed").asBoolean());
            assertEquals("PASSED", read(expect(200, get(at, INTEGRATION))).get("status").asText());

            // ---- the certificate and its public verification
            setToday("2023-12-04");
            JsonNode certificate = read(expect(201, post(at + "/certificate", "{}", INTEGRATION)));
            String number = certificate.get("number").asText();
            assertEquals(fullName, certificate.get("holderName").asText());
            assertEquals("CERTIFIED", read(expect(200, get(at, INTEGRATION))).get("status").asText());
            JsonNode verified = read(expect(200, get("/api/v1/certificates/" + number + "/verification?name="
                    + URLEncoder.encode(fullName, StandardCharsets.UTF_8), null)));
            assertTrue(verified.toString(), verified.get("valid").asBoolean());
            assertEquals(SPECIALTY, verified.get("specialty").asText());

            // ---- the history names the callers, and the audit log is intact
            JsonNode history = read(expect(200, get(at + "/history", INTEGRATION)));
            assertEquals("CERTIFIED", history.get(history.size() - 1).get("to").asText());
            assertEquals("integration", history.get(history.size() - 1).get("actor").asText());
            assertProblem(get("/api/v1/audit/verification", null), 401, "UNAUTHENTICATED");
            JsonNode audit = read(expect(200, get("/api/v1/audit/verification", INTEGRATION)));
            assertTrue(audit.toString(), audit.get("intact").asBoolean());
            assertTrue(audit.toString(), audit.get("entriesChecked").asLong() > 0);
            assertEquals(0, audit.get("firstBrokenSequence").asLong());
        } finally {
            setToday("2023-08-01");
        }
    }

    // ---- helpers

    /** A lifecycle step that answers the file: 200 and the new state. */
    private JsonNode step(String path, ObjectNode body, Http.Credentials credentials) throws IOException {
        return read(expect(200, post(path, body.toString(), credentials)));
    }

    private ObjectNode version(JsonNode file) {
        ObjectNode body = json.createObjectNode();
        body.put("expectedVersion", file.get("version").asLong());
        return body;
    }

    private HttpResult post(String path, String body, Http.Credentials credentials) {
        return call("POST", path, body, credentials);
    }

    private HttpResult get(String path, Http.Credentials credentials) {
        return call("GET", path, null, credentials);
    }

    private HttpResult call(String method, String path, String jsonBody, Http.Credentials credentials) {
        try {
            return Http.request(httpPort(), method, path, jsonBody, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    private static HttpResult expect(int status, HttpResult response) {
        assertEquals(response.body(), status, response.status());
        return response;
    }

    private JsonNode read(HttpResult response) throws IOException {
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResult response, int status, String code) throws IOException {
        assertEquals(response.body(), status, response.status());
        assertTrue("Content-Type " + response.header("Content-Type"),
                String.valueOf(response.header("Content-Type")).startsWith("application/problem+json"));
        assertEquals(code, read(response).get("code").asText());
    }

    private static JsonNode find(JsonNode files, long applicationId) {
        for (JsonNode file : files) {
            if (file.get("applicationId").asLong() == applicationId) {
                return file;
            }
        }
        throw new AssertionError("file " + applicationId + " not among " + files);
    }
}
