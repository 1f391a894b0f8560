package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The region's platform runs a whole campaign headless over HTTP as the demo account {@code integration} (role
 * 接口用户, issue 11): a channel B senior file of the archives series from the applicant's record to a verified
 * certificate, each act the UI offers done through its REST route: the file filled and its scans uploaded (R-13,
 * ), continuing education and an Annex 4 exemption, the employer's opinion and publicity
 * the entrustment letter without which the material is not accepted, the fee, experts, the
 * defense, the pre-meeting filing, the committee's vote, the published results, the
 * certificate and its post-filing, the audit log; and, found falsified afterwards, its revocation
 * . Only what is no one's but a person's is done by others: the administrator creates the experts' accounts
 * and the experts score the blind file with their own credentials.
 *
 * <p>The committee decides every archives 2023 senior file under evaluation: no other test sends one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HeadlessCampaignTests extends ContainerTestSupport {

    private static final Http.Credentials INTEGRATION = Api.demo("integration");
    private static final Http.Credentials ADMIN = Api.demo("admin");
    private static final Http.Credentials UNIT = Api.demo("unit-shuili"); // an employer, of another unit
    private static final String SERIES = "archives";

    private Api api;

    @Before
    public void apiIsUp() {
        api = new Api(httpPort());
        Await.until(SERIES + " accepting", STATE_TIMEOUT, () -> catalog.find(SERIES).map(s -> s.accepting()).orElse(false));
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/series", null).status() == 200);
        api.awaitRoutes(STATE_TIMEOUT, Api.ISSUE_11_ROUTES);
    }

    @Test
    public void integrationRunsAChannelBCampaignHeadless_R05_R13_R15_R18_R20_R22_R28_R29_R34_R35_R37() throws Exception {
        try {
            setToday("2023-08-01");
            ResidentIdNumber idNumber = TestData.idNumber();
            String fullName = "档案馆员" + TestData.token("");
            String employer = TestData.token("温宿县档案馆-");

            // ---- the applicant's record and the channel B file (R-05: recommended to the region's committee)
            ObjectNode person = api.object().put("fullName", fullName).put("idNumber", idNumber.value())
                    .put("employer", employer).put("county", "温宿县").put("tier", "县市");
            long applicantId = api.expect(201, api.post("/api/v1/applicants", person, INTEGRATION)).get("id").asLong();
            CompleteFiles.recordCareerOverHttp(httpPort(), applicantId, INTEGRATION); // before any file
            ObjectNode draft = api.object().put("applicantId", applicantId).put("evaluationYear", 2023)
                    .put("seriesCode", SERIES).put("specialty", "档案系列专业").put("level", "副高").put("channel", "B");
            JsonNode file = api.expect(201, api.post("/api/v1/applications", draft, INTEGRATION));
            long id = file.get("id").asLong();
            String at = "/api/v1/applications/" + id;
            assertEquals("B_RECOMMENDED", file.get("channel").asText());

            // ---- content, commitment and scans; the scans masked for the blind review
            assertFalse(api.expect(200, api.get(at + "/checks/education-proof", INTEGRATION)).get("complete").asBoolean());
            byte[] scan = Files.readAllBytes(Scans.png("headless-" + id + ".png"));
            for (String type : List.of("EDUCATION_CERTIFICATE", "CHSI_RECORD")) {
                api.expect(201, api.upload(at + "/attachments?type=" + type + "&masked=true&fileName=" + type + ".png", scan,
                        INTEGRATION));
            }
            CompleteFiles.completeOverHttp(httpPort(), id, INTEGRATION); // the scans are there: fields and commitment
            JsonNode proof = api.expect(200, api.get(at + "/checks/education-proof", INTEGRATION));
            assertTrue(proof.toString(), proof.get("complete").asBoolean());

            // ---- continuing education year by year, one year by an approved Annex 4 form
            String education = "/api/v1/applicants/" + applicantId + "/continuing-education";
            JsonNode before = api.expect(200, api.get(at + "/checks/continuing-education", INTEGRATION));
            assertFalse(before.toString(), before.get("satisfied").asBoolean());
            JsonNode years = before.get("yearsChecked");
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i).asInt();
                if (i == 0) {
                    ObjectNode form = api.object().put("year", year).put("approvedBy", "温宿县委统战部")
                            .put("reference", "温统函〔" + year + "〕7号");
                    api.expect(201, api.post(education + "/exemptions", form, INTEGRATION));
                    continue;
                }
                for (String[] kind : new String[][] {{"PROFESSIONAL", "64"}, {"PUBLIC", "30"}}) {
                    ObjectNode hours = api.object().put("year", year).put("kind", kind[0]).put("hours", Integer.parseInt(kind[1]))
                            .put("source", "PLATFORM").put("reference", "JXJY-" + year + "-" + kind[0] + "-" + id);
                    api.expect(201, api.post(education, hours, INTEGRATION));
                }
            }
            JsonNode check = api.expect(200, api.get(at + "/checks/continuing-education", INTEGRATION));
            assertTrue(check.toString(), check.get("satisfied").asBoolean());
            assertEquals(1, api.expect(200, api.get(education + "/exemptions", INTEGRATION)).size());

            // ---- submitted, the employer's opinion into publicity, recommended after it
            file = api.step(at + "/submit", api.version(file), INTEGRATION);
            assertEquals("SUBMITTED", file.get("status").asText());
            file = api.step(at + "/employer-approval", api.version(file).put("opinion", "材料真实有效，同意推荐"), INTEGRATION);
            assertEquals("IN_PUBLICITY", file.get("status").asText());
            setToday("2023-08-21");
            file = api.step(at + "/recommendation", api.version(file), INTEGRATION);

            // ---- no material acceptance without the entrustment letter; a unit may not record it
            api.assertProblem(api.post(at + "/material-acceptance", api.version(file), INTEGRATION), 409,
                    "ENTRUSTMENT_LETTER_MISSING");
            ObjectNode letter = api.version(file).put("issuedBy", "自治区人力资源和社会保障厅").put("letterNumber", "新人社函〔2023〕88号");
            api.assertProblem(api.post(at + "/entrustment-letter", letter, UNIT), 403, "FORBIDDEN");
            api.assertProblem(api.post(at + "/entrustment-letter", api.version(file).put("issuedBy", "自治区人社厅"),
                    INTEGRATION), 400, "INVALID_INPUT");
            api.assertProblem(api.get(at + "/entrustment-letter", INTEGRATION), 404, "UNKNOWN_ENTRUSTMENT_LETTER");
            assertEquals("the refusals changed nothing", file.get("version").asLong(),
                    api.expect(200, api.get(at, INTEGRATION)).get("version").asLong());
            file = api.step(at + "/entrustment-letter", letter, INTEGRATION);
            JsonNode recorded = api.expect(200, api.get(at + "/entrustment-letter", INTEGRATION));
            assertEquals("新人社函〔2023〕88号", recorded.get("letterNumber").asText());
            file = api.step(at + "/material-acceptance", api.version(file), INTEGRATION);
            assertEquals("MATERIAL_RECEIVED", file.get("status").asText());

            // ---- the fee
            int fee = api.expect(200, api.get(at + "/fee", INTEGRATION)).get("amountYuan").asInt();
            ObjectNode payment = api.version(file).put("amountYuan", fee).put("method", "BANK_TRANSFER")
                    .put("reference", "ICBC-" + id).put("paidOn", "2023-08-21");
            file = api.step(at + "/fee-payment", payment, INTEGRATION);
            assertEquals(fee, api.expect(200, api.get(at + "/fee-payment", INTEGRATION)).get("amountYuan").asInt());

            // ---- to the committee: experts registered in the pool and assigned; they score blind
            file = api.step(at + "/evaluation", api.version(file), INTEGRATION);
            List<Http.Credentials> experts = List.of(poolExpert("甲"), poolExpert("乙"));
            ObjectNode assignment = api.object();
            experts.forEach(e -> assignment.withArray("expertIds").add(e.user()));
            assertEquals(2, api.expect(200, api.post(at + "/experts", assignment, INTEGRATION)).size());
            String[] shares = {"0.85", "0.9"};
            for (int i = 0; i < experts.size(); i++) {
                Http.Credentials expert = experts.get(i);
                JsonNode masked = api.expect(200, api.get(at + "/attachments/masked", expert));
                assertEquals(masked.toString(), 2, masked.size());
                assertFalse("no file name for the expert (R-17)", masked.toString().contains(".png"));
                HttpResult content = api.get(at + "/attachments/" + masked.get(0).get("id").asLong() + "/content", expert);
                assertEquals(200, content.status());
                assertEquals("image/png", content.header("Content-Type"));
                JsonNode blind = null;
                for (JsonNode assigned : api.expect(200, api.get("/api/v1/experts/" + expert.user() + "/files", expert))) {
                    if (assigned.get("applicationId").asLong() == id) {
                        blind = assigned;
                    }
                }
                ObjectNode sheet = api.object();
                ObjectNode points = sheet.putObject("points");
                for (JsonNode item : blind.get("standard").get("items")) {
                    if (item.get("computed").asBoolean()) {
                        continue; // the platform's, from the seniority
                    }
                    points.put(item.get("id").asText(), item.get("points").decimalValue()
                            .multiply(new BigDecimal(shares[i])).setScale(2, RoundingMode.DOWN));
                }
                api.expect(201, api.post(at + "/score-sheets", sheet, expert));
            }

            // ---- the defense: booked, then the panel's score
            api.expect(200, api.put(at + "/defense-appointment", "{\"startsAt\": \"2023-09-13T10:00\", \"minutes\": 30, "
                    + "\"place\": \"地区人社局档案系列答辩室\"}", INTEGRATION));
            api.expect(200, api.post(at + "/defense", "{\"score\": 82}", INTEGRATION));

            // ---- pre-meeting filing 3 days before the meeting, then the committee's vote
            setToday("2023-09-12");
            ObjectNode preMeeting = api.object().put("kind", "PRE_MEETING").put("evaluationYear", 2023)
                    .put("seriesCode", SERIES).put("meetingDate", "2023-09-15").put("note", "档案系列高级评委会");
            api.assertProblem(api.post("/api/v1/filings", preMeeting, UNIT), 403, "FORBIDDEN");
            JsonNode filed = api.expect(201, api.post("/api/v1/filings", preMeeting, INTEGRATION));
            assertEquals("2023-09-12", filed.get("filedOn").asText());
            assertEquals("integration", filed.get("filedBy").asText());
            setToday("2023-09-15"); // the meeting the pre-meeting filing announced, inside the meetings window
            // the series' only committee (Annex 5 row 42): 25 members at least for a senior meeting
            JsonNode minutes = new MeetingOverHttp(httpPort(), INTEGRATION, 25).decide(SERIES + ".42", 2023, "SENIOR",
                    "2023-09-15", new BigDecimal("1.0"), Map.of(id, true));
            assertTrue(minutes.toString(), minutes.get("tallies").get(0).get("passed").asBoolean());

            // ---- published to all: no login
            JsonNode published = api.expect(200, api.get("/api/v1/published-results?seriesCode=" + SERIES + "&year=2023", null));
            assertTrue(published.toString(), published.toString().contains(fullName));

            // ---- the certificate in December, its post-filing the same day, verified publicly
            setToday("2023-12-04");
            JsonNode certificate = api.expect(201, api.post(at + "/certificate", "{}", INTEGRATION));
            String number = certificate.get("number").asText();
            api.expect(201, api.post("/api/v1/filings", api.object().put("kind", "POST_FILING").put("evaluationYear", 2023)
                    .put("seriesCode", SERIES), INTEGRATION));
            JsonNode filings = api.expect(200, api.get("/api/v1/filings?year=2023", INTEGRATION));
            assertTrue(filings.toString(), filings.toString().contains("\"POST_FILING\"")
                    && filings.toString().contains("\"PRE_MEETING\""));
            String verification = "/api/v1/certificates/" + number + "/verification?name="
                    + URLEncoder.encode(fullName, StandardCharsets.UTF_8);
            assertTrue(api.expect(200, api.get(verification, null)).get("valid").asBoolean());

            // ---- the history names the integration for every step it did; the audit log holds the filings
            JsonNode history = api.expect(200, api.get(at + "/history", INTEGRATION));
            assertEquals("CERTIFIED", history.get(history.size() - 1).get("to").asText());
            for (JsonNode change : history) {
                // the committee's ballot result is signed by its chair (issue 14); every other step is the integration's
                String actor = "PASSED".equals(change.get("to").asText()) ? "cm-" + SERIES + "-42-01" /* MeetingOverHttp's chair */
                        : "integration";
                assertEquals(change.toString(), actor, change.get("actor").asText());
            }
            JsonNode audit = api.expect(200, api.get("/api/v1/audit?subject=filing:2023:" + SERIES, INTEGRATION));
            assertEquals(audit.toString(), 2, audit.size());

            // ---- found falsified afterwards, the certificate is revoked; a unit may not, nor without the finding
            String revocation = "/api/v1/certificates/" + number + "/revocation";
            ObjectNode finding = api.object().put("reason", "学历证书系伪造（经学信网核验）");
            api.assertProblem(api.post(revocation, finding, UNIT), 403, "FORBIDDEN");
            api.assertProblem(api.post(revocation, "{}", INTEGRATION), 400, "INVALID_INPUT");
            assertTrue("the refusals changed nothing", api.expect(200, api.get(verification, null)).get("valid").asBoolean());
            assertTrue(api.expect(200, api.post(revocation, finding, INTEGRATION)).get("revoked").asBoolean());
            assertFalse(api.expect(200, api.get(verification, null)).get("valid").asBoolean());
            api.assertProblem(api.post(revocation, finding, INTEGRATION), 409, "ALREADY_REVOKED");
        } finally {
            setToday("2023-08-01");
        }
    }

    /** An expert of the series: put in the pool by the integration, their account created by the administrator. */
    private Http.Credentials poolExpert(String name) throws IOException {
        String expertId = TestData.token("arch-").toLowerCase();
        ObjectNode expert = api.object().put("id", expertId).put("name", "档案专家" + name).put("employer", "地区档案馆");
        expert.putArray("seriesCodes").add(SERIES);
        api.expect(201, api.post("/api/v1/experts", expert, INTEGRATION));
        ObjectNode account = api.object().put("username", expertId).put("role", "EXPERT").put("expertId", expertId)
                .put("password", "secret-" + expertId);
        api.expect(201, api.post("/api/v1/accounts", account, ADMIN));
        return new Http.Credentials(expertId, "secret-" + expertId);
    }
}
