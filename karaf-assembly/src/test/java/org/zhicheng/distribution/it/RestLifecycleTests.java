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
import java.util.Map;

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
 * Senior files of the engineering series driven through their whole lifecycle over the REST API only, each step
 * by the account whose work it is (demo accounts of the distribution, password {@value #DEMO_PASSWORD}, and accounts
 * the administrator creates over the API): the applicant registers themself, opens their file, fills it section by
 * section and signs the personal commitment (R-13, Annex 3; until then the submission is refused with 409) and
 * submits it; the county bureau returns it and the applicant resubmits; the employer approves it into
 * publicity, a colleague objects and the employer dismisses the objection; the bureau accepts the material, the applicant
 * pays; the committee office sends it to the committee and assigns two experts, who score the blind file
 * one file defends, the other is exempt and takes the specialty's mean; the committee's
 * vote is capped by the pass rate; the certificate is issued and verified publicly; the audit log is
 * intact. Another applicant, an expert and another unit are refused the file (403), and a fourth submission
 * is refused. Only the platform date is moved, through Config Admin, as an administrator would.
 *
 * <p>The committee of Annex 5 row 4 (engineering, 水利专业) decides every such 2023 senior file under evaluation; no
 * other test sends one to the committee, so the meeting has this test's two files.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestLifecycleTests extends ContainerTestSupport {

    static final String DEMO_PASSWORD = "zhicheng";
    private static final Http.Credentials ADMIN = demo("admin");
    private static final Http.Credentials BUREAU = demo("wensu-hr"); // 温宿县人社局
    private static final Http.Credentials OFFICE = demo("office");
    private static final List<Http.Credentials> EXPERTS = List.of(demo("expert1"), demo("expert2"));
    private static final String COUNTY = "温宿县";
    private static final String SERIES = "engineering";
    private static final String SPECIALTY = "水利专业";

    private final ObjectMapper json = new ObjectMapper();

    /** An applicant who registered themself: their credentials, record and unit. */
    private record Person(Http.Credentials credentials, long applicantId, String fullName, ResidentIdNumber idNumber,
                          String employer) {
    }

    @Before
    public void apiIsUp() {
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find(SERIES).map(s -> s.accepting()).orElse(false));
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> call("GET", "/api/v1/series", null, null).status() == 200);
    }

    @Test
    public void seniorFilesGoFromFilingToAVerifiedCertificateOverHttpOnly_R14_R17_R20_R22_R23_R34_R38() throws Exception {
        try {
            setToday("2023-08-01");
            String employer = TestData.token("温宿县水利局-");
            Person best = register("工程师", employer);
            Person exempt = register("驻村工程师", employer);
            Http.Credentials unit = createAccount("EMPLOYER", "employer", employer);
            Http.Credentials otherUnit = createAccount("EMPLOYER", "employer", TestData.token("库车市水利局-"));
            Person stranger = register("外单位申报人", TestData.token("沙雅县水利局-"));

            // ---- the applicant opens and submits their own file; nobody else may read or submit it
            JsonNode file = draft(best);
            long id = file.get("id").asLong();
            String at = "/api/v1/applications/" + id;
            assertEquals("SENIOR_ASSOCIATE", file.get("level").asText());
            assertProblem(get(at, stranger.credentials()), 403, "FORBIDDEN");
            assertProblem(post(at + "/submit", version(file).toString(), stranger.credentials()), 403, "FORBIDDEN");
            assertProblem(get(at, EXPERTS.get(0)), 403, "FORBIDDEN");
            assertProblem(get(at, otherUnit), 403, "FORBIDDEN");
            assertEquals("the refusals changed nothing", file.get("version").asLong(),
                    read(expect(200, get(at, best.credentials()))).get("version").asLong());

            // ---- filled section by section and the commitment (Annex 3) signed before it may be submitted
            HttpResult incomplete = post(at + "/submit", version(file).toString(), best.credentials());
            assertProblem(incomplete, 409, "INCOMPLETE_FILE");
            String missing = read(incomplete).get("message").get("zh").asText();
            assertTrue(missing, missing.contains("基本情况：毕业院校") && missing.contains("主持或参与的工程项目：项目名称")
                    && missing.endsWith("个人承诺书未签署"));
            JsonNode content = read(expect(200, get(at + "/sections", best.credentials())));
            JsonNode sections = content.get("sections");
            assertEquals("basic", sections.get(0).get("id").asText());
            JsonNode projects = sections.get(sections.size() - 1);
            assertEquals("the engineering plugin's own section, from its descriptor", "engineering-projects",
                    projects.get("id").asText());
            assertTrue(projects.get("seriesSpecific").asBoolean());
            assertTrue(content.get("missing").toString(), content.get("missing").toString().contains("个人承诺书未签署"));
            assertProblem(put(at + "/sections/basic", "{\"graduated\": \"2008/07/01\"}", best.credentials()), 400, "INVALID_INPUT");
            assertProblem(put(at + "/sections/hobbies", "{}", best.credentials()), 404, "UNKNOWN_SECTION");
            assertProblem(put(at + "/sections/basic", "{\"school\": \"某大学\"}", stranger.credentials()), 403, "FORBIDDEN");
            assertProblem(put(at + "/sections/basic", "{\"school\": \"某大学\"}", unit), 403, "FORBIDDEN");
            assertProblem(post(at + "/commitment", null, unit), 403, "FORBIDDEN");
            ObjectNode basic = json.createObjectNode();
            basic.put("education", "大学本科");
            basic.put("employer", employer);
            JsonNode saved = read(expect(200, put(at + "/sections/basic", basic.toString(), best.credentials())));
            assertEquals("大学本科", saved.get("values").get("education").asText());
            assertFalse(read(expect(200, get(at + "/commitment", best.credentials()))).get("signed").asBoolean());
            CompleteFiles.completeOverHttp(httpPort(), id, best.credentials());
            JsonNode commitment = read(expect(200, get(at + "/commitment", unit)));
            assertTrue(commitment.toString(), commitment.get("signed").asBoolean());
            assertEquals(best.credentials().user(), commitment.get("signedBy").asText());
            assertTrue(commitment.get("text").asText().startsWith("本人承诺以上填报的内容和提交的材料完全真实有效"));
            assertEquals(0, read(expect(200, get(at + "/sections", unit))).get("missing").size());
            assertEquals("filling does not change the version", file.get("version").asLong(),
                    read(expect(200, get(at, best.credentials()))).get("version").asLong());

            file = step(at + "/submit", version(file), best.credentials());
            assertEquals("SUBMITTED", file.get("status").asText());
            assertProblem(put(at + "/sections/basic", basic.toString(), best.credentials()), 409, "NOT_EDITABLE");

            // ---- the county bureau returns it for correction, the applicant submits again
            ObjectNode returned = version(file);
            returned.put("reason", "论文材料缺少检索证明");
            file = step(at + "/returns", returned, BUREAU);
            assertEquals("RETURNED", file.get("status").asText());
            file = step(at + "/submit", version(file), best.credentials());
            assertEquals(2, file.get("submissionCount").asInt());

            // ---- the employer's queue holds its own staff's files only; another unit may not approve
            HttpResult queue = expect(200, get("/api/v1/applications?status=SUBMITTED&limit=100", unit));
            assertTrue(queue.body(), find(read(queue), id) != null);
            assertFalse(queue.body(), queue.body().contains("\"applicantId\":" + stranger.applicantId() + ","));
            assertEquals("0", expect(200, get("/api/v1/applications?employer=" + URLEncoder.encode(employer,
                    StandardCharsets.UTF_8), otherUnit)).header(Pages.TOTAL));
            ObjectNode approval = version(file);
            approval.put("opinion", "材料真实、完整、有效，同意推荐");
            assertProblem(post(at + "/employer-approval", approval.toString(), null), 401, "UNAUTHENTICATED");
            assertProblem(post(at + "/employer-approval", approval.toString(), otherUnit), 403, "FORBIDDEN");
            ObjectNode stale = approval.deepCopy();
            stale.put("expectedVersion", file.get("version").asLong() - 1);
            assertProblem(post(at + "/employer-approval", stale.toString(), unit), 409, "STALE_VERSION");
            file = step(at + "/employer-approval", approval, unit);
            assertEquals("IN_PUBLICITY", file.get("status").asText());

            // ---- R-20 (issue 15): not the file's own applicant, nor the account that approved it; nothing changes
            assertProblem(post(at + "/objections", "{\"objection\": \"本人异议\"}", best.credentials()), 403,
                    "OBJECTION_BY_APPLICANT");
            assertProblem(post(at + "/objections", "{\"objection\": \"审核人异议\"}", unit), 403, "OBJECTION_BY_APPROVER");
            assertEquals(0, read(expect(200, get(at + "/publicity", unit))).get("openObjections").asInt());

            // ---- a colleague objects during the publicity; it holds the recommendation until the employer decides
            JsonNode publicity = read(expect(200, post(at + "/objections", "{\"objection\": \"任职年限计算有误\"}",
                    exempt.credentials())));
            assertEquals(1, publicity.get("openObjections").asInt());
            assertEquals("2023-08-01", publicity.get("firstDay").asText());
            assertProblem(post(at + "/objections", "{\"objection\": \"外单位异议\"}", stranger.credentials()), 403, "FORBIDDEN");
            file = read(expect(200, get(at, best.credentials())));
            setToday("2023-08-21");
            assertProblem(post(at + "/recommendation", version(file).toString(), unit), 409, "OBJECTION_OPEN");
            ObjectNode dismissal = version(file);
            dismissal.put("upheld", false);
            dismissal.put("reason", "经核实任职年限计算无误");
            file = step(at + "/objection-resolution", dismissal, unit);
            assertEquals("IN_PUBLICITY", file.get("status").asText());
            assertEquals(0, read(expect(200, get(at + "/publicity", unit))).get("openObjections").asInt());
            file = step(at + "/recommendation", version(file), unit);
            assertEquals("RECOMMENDED", file.get("status").asText());
            setToday("2023-08-01");

            // ---- the second file, exempt from the defense later, goes the same way without detours
            JsonNode second = submitted(exempt);
            String secondAt = "/api/v1/applications/" + second.get("id").asLong();
            second = step(secondAt + "/employer-approval", opinion(second), unit);
            setToday("2023-08-21");
            second = step(secondAt + "/recommendation", version(second), unit);

            // ---- the bureau accepts the material, the applicants pay the fee
            file = paid(at, step(at + "/material-acceptance", version(file), BUREAU), best.credentials());
            second = paid(secondAt, step(secondAt + "/material-acceptance", version(second), BUREAU), exempt.credentials());

            // ---- the committee office sends both to the committee and assigns the demo experts
            file = step(at + "/evaluation", version(file), OFFICE);
            second = step(secondAt + "/evaluation", version(second), OFFICE);
            assertEquals("UNDER_EVALUATION", file.get("status").asText());
            ObjectNode assignment = json.createObjectNode();
            assignment.putArray("expertIds").add("expert1").add("expert2");
            assertProblem(post(at + "/experts", assignment.toString(), BUREAU), 403, "FORBIDDEN");
            assertEquals(2, read(expect(200, post(at + "/experts", assignment.toString(), OFFICE))).size());
            expect(200, post(secondAt + "/experts", assignment.toString(), OFFICE));

            // ---- each expert scores the blind files with their own credentials
            score(id, best, new String[] {"0.8", "0.9"});
            score(second.get("id").asLong(), exempt, new String[] {"0.6", "0.7"});

            // ---- the committee office books the hearing; the same room at an overlapping time is refused
            String room = "{\"startsAt\": \"2023-09-12T09:00\", \"minutes\": 30, \"place\": \"地区人社局答辩室\"}";
            assertProblem(put(at + "/defense-appointment", room, BUREAU), 403, "FORBIDDEN");
            assertTrue(read(expect(200, put(at + "/defense-appointment", room, OFFICE))).get("startsAt").asText()
                    .startsWith("2023-09-12T09:00"));
            assertProblem(put(secondAt + "/defense-appointment", room.replace("09:00", "09:15"), OFFICE), 409, "PLACE_TAKEN");
            expect(200, put(secondAt + "/defense-appointment", room.replace("09:00", "09:30"), OFFICE));
            assertEquals("地区人社局答辩室", read(expect(200, get(at + "/defense-appointment", best.credentials())))
                    .get("place").asText());
            JsonNode schedule = read(expect(200, get("/api/v1/committees/" + SERIES + "/2023/defense-schedule", OFFICE)));
            assertEquals(schedule.toString(), id, schedule.get(0).get("applicationId").asLong());
            assertEquals(second.get("id").asLong(), schedule.get(1).get("applicationId").asLong());

            // ---- one defends; the other is exempt and takes the specialty's mean
            JsonNode defense = read(expect(200, post(at + "/defense", "{\"score\": 86}", OFFICE)));
            assertEquals(0, new BigDecimal("86").compareTo(defense.get("defenseScore").decimalValue()));
            JsonNode exempted = read(expect(200, post(secondAt + "/defense-exemption",
                    "{\"reason\": \"VILLAGE_WORK_TEAM\"}", OFFICE)));
            assertEquals(0, new BigDecimal("86").compareTo(exempted.get("defenseScore").decimalValue()));
            // the exempt file's hour is freed
            assertProblem(get(secondAt + "/defense-appointment", OFFICE), 404, "UNKNOWN_DEFENSE_APPOINTMENT");

            // ---- the senior committee's meeting (issue 14): both pass the ballot, the pass rate lets one pass
            setToday("2023-09-15"); // the committee meets inside the meetings window
            JsonNode minutes = new MeetingOverHttp(httpPort(), OFFICE).decide(SERIES + ".4", 2023, "SENIOR", "2023-09-15",
                    new BigDecimal("0.5"), Map.of(id, true, second.get("id").asLong(), true)); // Annex 5 row 4, 水利专业
            assertEquals(minutes.toString(), 2, minutes.get("tallies").size());
            assertEquals(1, minutes.get("passLimit").asInt());
            for (JsonNode tally : minutes.get("tallies")) {
                assertTrue(tally.toString(), tally.get("passedBallot").asBoolean());
                assertEquals("the better expert score passes; the other is over the pass rate", tally.get("applicationId")
                        .asLong() == id, tally.get("passed").asBoolean());
            }
            assertEquals("PASSED", read(expect(200, get(at, best.credentials()))).get("status").asText());
            assertEquals("FAILED", read(expect(200, get(secondAt, exempt.credentials()))).get("status").asText());

            // ---- the certificate and its public verification
            setToday("2023-12-04");
            JsonNode certificate = read(expect(201, post(at + "/certificate", "{}", OFFICE)));
            String number = certificate.get("number").asText();
            assertEquals(best.fullName(), certificate.get("holderName").asText());
            assertEquals(number, read(expect(200, get(at + "/certificate", best.credentials()))).get("number").asText());
            JsonNode verified = read(expect(200, get("/api/v1/certificates/" + number + "/verification?name="
                    + URLEncoder.encode(best.fullName(), StandardCharsets.UTF_8), null)));
            assertTrue(verified.toString(), verified.get("valid").asBoolean());
            assertEquals(SPECIALTY, verified.get("specialty").asText());

            // ---- the history names each caller; the administrator verifies the audit log
            JsonNode history = read(expect(200, get(at + "/history", best.credentials())));
            assertEquals("CERTIFIED", history.get(history.size() - 1).get("to").asText());
            assertEquals("office", history.get(history.size() - 1).get("actor").asText());
            assertTrue(history.toString(), history.toString().contains("\"actor\":\"wensu-hr\""));
            assertTrue(history.toString(), history.toString().contains("\"actor\":\"" + best.credentials().user() + "\""));
            assertProblem(get("/api/v1/audit/verification", null), 401, "UNAUTHENTICATED");
            JsonNode audit = read(expect(200, get("/api/v1/audit/verification", ADMIN)));
            assertTrue(audit.toString(), audit.get("intact").asBoolean());
            assertEquals(0, audit.get("firstBrokenSequence").asLong());
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void aFourthSubmissionIsRefused_R14() throws Exception {
        try {
            setToday("2023-08-01");
            Person applicant = register("三次退回", TestData.token("温宿县水利局-"));
            JsonNode file = submitted(applicant);
            String at = "/api/v1/applications/" + file.get("id").asLong();
            for (int submission = 2; submission <= 3; submission++) {
                file = step(at + "/returns", reason(file, "第" + (submission - 1) + "次退回：材料不全"), BUREAU);
                file = step(at + "/submit", version(file), applicant.credentials());
                assertEquals(submission, file.get("submissionCount").asInt());
            }
            file = step(at + "/returns", reason(file, "第3次退回：材料仍不全"), BUREAU);
            assertProblem(post(at + "/submit", version(file).toString(), applicant.credentials()), 409, "SUBMISSION_LIMIT");
            JsonNode after = read(expect(200, get(at, applicant.credentials())));
            assertEquals("RETURNED", after.get("status").asText());
            assertEquals(3, after.get("submissionCount").asInt());
            assertEquals(file.get("version").asLong(), after.get("version").asLong());
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void theDemoFilesThatAreSubmittedAreCompleteAndTheDraftsNot_R13() throws Exception {
        Http.Credentials ayigul = demo("ayigul"); // engineering, submitted by the demo data
        Await.until("the demo file of ayigul", STATE_TIMEOUT,
                () -> call("GET", "/api/v1/applications?status=SUBMITTED", null, ayigul).body().contains("\"id\""));
        long submitted = read(expect(200, get("/api/v1/applications?status=SUBMITTED", ayigul))).get(0).get("id").asLong();
        JsonNode content = read(expect(200, get("/api/v1/applications/" + submitted + "/sections", ayigul)));
        assertEquals(content.toString(), 0, content.get("missing").size());
        assertTrue(read(expect(200, get("/api/v1/applications/" + submitted + "/commitment", ayigul))).get("signed").asBoolean());

        Http.Credentials erkin = demo("erkin"); // health, a draft partly filled
        Await.until("the demo draft of erkin", STATE_TIMEOUT,
                () -> call("GET", "/api/v1/applications?status=DRAFT", null, erkin).body().contains("\"id\""));
        long draft = read(expect(200, get("/api/v1/applications?status=DRAFT", erkin))).get(0).get("id").asLong();
        JsonNode partly = read(expect(200, get("/api/v1/applications/" + draft + "/sections", erkin)));
        String missing = partly.get("missing").toString();
        assertTrue(missing, missing.contains("临床/公共卫生工作量：主要诊疗技术") && missing.contains("个人承诺书未签署"));
        assertFalse("the yearly outpatients were filled", missing.contains("年门诊量"));
    }

    // ---- the people and the steps

    private static Http.Credentials demo(String user) {
        return new Http.Credentials(user, DEMO_PASSWORD);
    }

    /** Public self-registration: the applicant and their account; the account's own view over /v1/me. */
    private Person register(String name, String employer) throws IOException {
        ResidentIdNumber idNumber = TestData.idNumber();
        String fullName = name + TestData.token("");
        String username = "app-" + idNumber.value().substring(10).toLowerCase();
        ObjectNode applicant = json.createObjectNode();
        applicant.put("fullName", fullName);
        applicant.put("idNumber", idNumber.value());
        applicant.put("employer", employer);
        applicant.put("county", COUNTY);
        applicant.put("tier", "县市");
        ObjectNode registration = json.createObjectNode();
        registration.put("username", username);
        registration.put("password", "secret-" + username);
        registration.set("applicant", applicant);
        JsonNode account = read(expect(201, post("/api/v1/registrations", registration.toString(), null)));
        assertEquals("APPLICANT", account.get("role").asText());
        Http.Credentials credentials = new Http.Credentials(username, "secret-" + username);
        assertEquals(username, read(expect(200, get("/api/v1/me", credentials))).get("username").asText());
        return new Person(credentials, account.get("applicantId").asLong(), fullName, idNumber, employer);
    }

    /** The administrator creates a staff account over the API. */
    private Http.Credentials createAccount(String role, String prefix, String employer) throws IOException {
        String username = TestData.token(prefix + "-").toLowerCase();
        ObjectNode account = json.createObjectNode();
        account.put("username", username);
        account.put("role", role);
        account.put("employer", employer);
        account.put("password", "secret-" + username);
        expect(201, post("/api/v1/accounts", account.toString(), ADMIN));
        return new Http.Credentials(username, "secret-" + username);
    }

    private JsonNode draft(Person person) throws IOException {
        CompleteFiles.recordCareerOverHttp(httpPort(), person.applicantId(), person.credentials()); // before the file
        ObjectNode request = json.createObjectNode();
        request.put("applicantId", person.applicantId());
        request.put("evaluationYear", 2023);
        request.put("seriesCode", SERIES);
        request.put("specialty", SPECIALTY);
        request.put("level", "副高");
        request.put("channel", "A");
        return read(expect(201, post("/api/v1/applications", request.toString(), person.credentials())));
    }

    private JsonNode submitted(Person person) throws IOException {
        JsonNode draft = draft(person);
        CompleteFiles.completeOverHttp(httpPort(), draft.get("id").asLong(), person.credentials());
        return step("/api/v1/applications/" + draft.get("id").asLong() + "/submit", version(draft), person.credentials());
    }

    private JsonNode paid(String at, JsonNode received, Http.Credentials payer) throws IOException {
        assertEquals("MATERIAL_RECEIVED", received.get("status").asText());
        int amount = read(expect(200, get(at + "/fee", payer))).get("amountYuan").asInt();
        assertEquals(catalog.find(SERIES).orElseThrow().seniorFee(), amount);
        ObjectNode payment = version(received);
        payment.put("amountYuan", amount);
        payment.put("method", "QR_CODE");
        payment.put("reference", "WX-REST-" + received.get("id").asLong());
        payment.put("paidOn", "2023-08-21");
        JsonNode paid = step(at + "/fee-payment", payment, payer);
        assertEquals("FEE_PAID", paid.get("status").asText());
        return paid;
    }

    /** Each expert sees the file blind, sees no other sheet before their own, and scores it. */
    private void score(long id, Person applicant, String[] shares) throws IOException {
        String at = "/api/v1/applications/" + id;
        for (int i = 0; i < EXPERTS.size(); i++) {
            Http.Credentials expert = EXPERTS.get(i);
            HttpResult files = expect(200, get("/api/v1/experts/" + expert.user() + "/files", expert));
            assertFalse("no applicant name: " + files.body(), files.body().contains(applicant.fullName()));
            assertFalse("no ID number", files.body().contains(applicant.idNumber().value())
                    || files.body().contains(applicant.idNumber().masked()));
            assertFalse("no employer", files.body().contains(applicant.employer()));
            assertProblem(get("/api/v1/experts/" + EXPERTS.get(1 - i).user() + "/files", expert), 403, "FORBIDDEN");
            assertEquals("no other expert's sheet before one's own", 0, read(expect(200, get(at + "/score-sheets", expert))).size());
            JsonNode blind = find(read(files), id);
            // the file's content blind: no identity field (工作单位, 工作经历), no applicant's unit anywhere
            HttpResult content = expect(200, get(at + "/sections", expert));
            assertFalse(content.body(), content.body().contains(applicant.employer())
                    || content.body().contains("\"employer\"") || content.body().contains("work-history"));
            assertTrue(content.body(), read(content).get("missing").isNull());
            assertTrue(blind.get("blindCode").asText(), blind.get("blindCode").asText().startsWith("MP-2023-"));
            ObjectNode sheet = json.createObjectNode();
            ObjectNode points = sheet.putObject("points");
            for (JsonNode item : blind.get("standard").get("items")) {
                if (item.get("computed").asBoolean()) {
                    continue; // the platform gives those from the file's seniority
                }
                points.put(item.get("id").asText(), item.get("points").decimalValue()
                        .multiply(new BigDecimal(shares[i])).setScale(2, RoundingMode.DOWN));
            }
            JsonNode scored = read(expect(201, post(at + "/score-sheets", sheet.toString(), expert)));
            assertEquals(expert.user(), scored.get("scorer").asText());
            assertEquals(i + 1, read(expect(200, get(at + "/score-sheets", expert))).size());
        }
    }

    private ObjectNode opinion(JsonNode file) {
        ObjectNode body = version(file);
        body.put("opinion", "同意推荐");
        return body;
    }

    private ObjectNode reason(JsonNode file, String reason) {
        ObjectNode body = version(file);
        body.put("reason", reason);
        return body;
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

    private HttpResult put(String path, String body, Http.Credentials credentials) {
        return call("PUT", path, body, credentials);
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

    /** The file with the id among a list of files (anonymised ones name it applicationId). */
    private static JsonNode find(JsonNode files, long applicationId) {
        for (JsonNode file : files) {
            JsonNode idField = file.has("applicationId") ? file.get("applicationId") : file.get("id");
            if (idField.asLong() == applicationId) {
                return file;
            }
        }
        throw new AssertionError("file " + applicationId + " not among " + files);
    }
}
