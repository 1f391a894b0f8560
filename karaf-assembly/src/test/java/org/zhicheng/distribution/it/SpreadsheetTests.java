package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spreadsheets over real HTTP in the running platform (issue 18): templates and exports as .xlsx (Apache POI, embedded
 * in core) and CSV, imports validated whole (any wrong row: 422 with every row and column, nothing stored), audited once
 * and idempotent; the right role 200, a wrong one 403, a bad file 4xx, the state read back unchanged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SpreadsheetTests extends ContainerTestSupport {

    private static final Http.Credentials KUQA_BUREAU = Api.demo("kuqa-hr");
    private static final Http.Credentials EMPLOYER = Api.demo("unit-shuili");
    private static final Http.Credentials OFFICE = Api.demo("office");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "身份证号,姓名,年度,类别,学时,证书编号\r\n";
    private static final String IMPORT = "/api/v1/sheets/imports/education-hours";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ContinuingEducationService education;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AuditLog audit;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AccountService accounts;

    private final ObjectMapper json = new ObjectMapper();

    /** A response with its bytes as they came (a spreadsheet is no text). */
    private record Download(int status, byte[] body, String contentType, String disposition) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * The demo loader creates its accounts a while after the API answers: signing in before would fail and count
     * towards the account's lockout, so wait for them through the account service.
     */
    @Before
    public void demoAccountsLoaded() {
        restApi();
        Actor admin = SignedIn.admin();
        Await.until("the demo accounts kuqa-hr, unit-shuili and office", Duration.ofMinutes(3),
                () -> Stream.of(KUQA_BUREAU, EMPLOYER, OFFICE).allMatch(demo -> accounts.accounts(demo.user(), 0, 10, admin)
                        .stream().anyMatch(account -> account.username().equals(demo.user()))));
    }

    private static Download call(String method, String path, byte[] body, Http.Credentials credentials) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + httpPort() + path).openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Accept", "*/*");
        if (credentials != null) {
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/octet-stream");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            return new Download(status, stream == null ? new byte[0] : stream.readAllBytes(), connection.getContentType(),
                    connection.getHeaderField("Content-Disposition"));
        } finally {
            connection.disconnect();
        }
    }

    private JsonNode problem(Download response, int status) throws IOException {
        assertEquals(response.text(), status, response.status());
        assertTrue(response.contentType(), response.contentType().startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    private static final java.util.Map<String, Long> REGISTERED = new java.util.concurrent.ConcurrentHashMap<>();

    private ResidentIdNumber kuqaApplicant(String name) {
        ResidentIdNumber idNumber = TestData.idNumber();
        Applicant applicant = applicants.register(new NewApplicant(name, idNumber, "库车市住房和城乡建设局", "库车市",
                Tier.COUNTY_CITY, "", null), IT);
        assertEquals("库车市", applicant.county());
        REGISTERED.put(idNumber.value(), applicant.id());
        return idNumber;
    }

    /** The id core gave the applicant registered here (masked ID numbers repeat among the suite's many applicants). */
    private long applicantId(ResidentIdNumber idNumber) {
        return REGISTERED.get(idNumber.value());
    }

    private int importEntries() {
        return audit.search(null, "SHEET_IMPORTED", null, null, null, 0, 1000, IT).size();
    }

    @Test
    public void templatesComeAsXlsxAndCsvToSignedInCallers() throws Exception {
        Download xlsx = call("GET", "/api/v1/sheets/templates/education-hours?format=xlsx", null, KUQA_BUREAU);
        assertEquals(200, xlsx.status());
        assertEquals(XLSX, xlsx.contentType());
        assertTrue("a zip (.xlsx)", xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K');
        assertTrue(xlsx.disposition(), xlsx.disposition().contains("filename*=UTF-8''"));
        Download csv = call("GET", "/api/v1/sheets/templates/exam-results?format=csv", null, KUQA_BUREAU);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.text(), csv.text().startsWith("\uFEFF身份证号,姓名,考试,考试年度,达到国家合格标准"));
        assertEquals(401, call("GET", "/api/v1/sheets/templates/education-hours", null, null).status());
        problem(call("GET", "/api/v1/sheets/templates/education-hours?format=pdf", null, KUQA_BUREAU), 400);
        problem(call("GET", "/api/v1/sheets/templates/salaries", null, KUQA_BUREAU), 400);
    }

    @Test
    public void educationHoursAreImportedWholeOnceAndAudited_R18_R36() throws Exception {
        ResidentIdNumber id = kuqaApplicant("库车导入甲");
        byte[] file = (HEADER + id.value() + ",库车导入甲,2022,专业科目,60,IT-JX-" + id.value() + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        long applicantId = applicantId(id);
        int entries = importEntries();

        assertEquals("FORBIDDEN", problem(call("POST", IMPORT + "?fileName=hours.csv", file, EMPLOYER), 403).get("code").asText());
        JsonNode checked = json.readTree(call("POST", IMPORT + "?fileName=hours.csv&dryRun=true", file, KUQA_BUREAU).body());
        assertEquals(checked.toString(), 1, checked.get("added").asInt());
        assertEquals(false, checked.get("stored").asBoolean());
        assertEquals("a check stores nothing", 0, education.records(applicantId, IT).size());

        Download first = call("POST", IMPORT + "?fileName=hours.csv", file, KUQA_BUREAU);
        assertEquals(first.text(), 200, first.status());
        JsonNode imported = json.readTree(first.body());
        assertEquals(1, imported.get("added").asInt());
        assertEquals(60, education.records(applicantId, IT).get(0).hours());
        assertEquals(entries + 1, importEntries());
        assertTrue(audit.search(null, "SHEET_IMPORTED", null, null, null, 0, 1000, IT).stream()
                .anyMatch(e -> e.detail().contains(imported.get("sha256").asText()) && e.detail().contains("共1行")));

        JsonNode again = json.readTree(call("POST", IMPORT + "?fileName=hours.csv", file, KUQA_BUREAU).body());
        assertEquals(0, again.get("added").asInt());
        assertEquals(1, again.get("unchanged").asInt());
        assertEquals("the same file twice changes nothing", 1, education.records(applicantId, IT).size());
        assertEquals(entries + 1, importEntries());
    }

    @Test
    public void badFilesAreRefusedWithTheirRowsAndColumnsAndNothingStored() throws Exception {
        ResidentIdNumber id = kuqaApplicant("库车导入乙");
        long applicantId = applicantId(id);
        String good = id.value() + ",库车导入乙,2022,公需科目,30,IT-GX-" + id.value() + "\r\n";

        JsonNode wrongType = problem(call("POST", IMPORT, (HEADER + good + id.value() + ",库车导入乙,2022,专业科目,六十,X-2\r\n")
                .getBytes(StandardCharsets.UTF_8), KUQA_BUREAU), 422);
        assertEquals("SHEET_INVALID", wrongType.get("code").asText());
        assertEquals(3, wrongType.get("errors").get(0).get("row").asInt());
        assertEquals("学时", wrongType.get("errors").get(0).get("column").asText());
        assertTrue(wrongType.get("detail").asText(), wrongType.get("detail").asText().contains("第3行“学时”列"));

        JsonNode duplicate = problem(call("POST", IMPORT, (HEADER + good + good).getBytes(StandardCharsets.UTF_8), KUQA_BUREAU), 422);
        assertTrue(duplicate.toString(), duplicate.get("errors").get(0).get("zh").asText().contains("与第2行重复"));
        JsonNode unknown = problem(call("POST", IMPORT, (HEADER + TestData.idNumber().value() + ",无此人,2022,公需科目,30,X\r\n")
                .getBytes(StandardCharsets.UTF_8), KUQA_BUREAU), 422);
        assertEquals("身份证号", unknown.get("errors").get(0).get("column").asText());
        JsonNode header = problem(call("POST", IMPORT, ("身份证,姓名,年度,类别,学时,证书编号\r\n" + good)
                .getBytes(StandardCharsets.UTF_8), KUQA_BUREAU), 422);
        assertEquals(1, header.get("errors").get(0).get("row").asInt());

        // the template itself, unfilled, read by POI in the container: no data row
        byte[] template = call("GET", "/api/v1/sheets/templates/education-hours?format=xlsx", null, KUQA_BUREAU).body();
        JsonNode empty = problem(call("POST", IMPORT + "?fileName=hours.xlsx", template, KUQA_BUREAU), 422);
        assertTrue(empty.toString(), empty.get("errors").get(0).get("zh").asText().contains("没有数据行"));
        JsonNode pdf = problem(call("POST", IMPORT + "?fileName=hours.xlsx", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                KUQA_BUREAU), 422);
        assertEquals(0, pdf.get("errors").get(0).get("row").asInt());
        byte[] random = new byte[8192];
        new Random(18).nextBytes(random);
        problem(call("POST", IMPORT + "?fileName=hours.xlsx", random, KUQA_BUREAU), 422);
        JsonNode large = problem(call("POST", IMPORT + "?fileName=big.csv", new byte[20 * 1024 * 1024], KUQA_BUREAU), 422);
        assertTrue(large.toString(), large.get("errors").get(0).get("zh").asText().contains("文件过大"));

        assertEquals("nothing stored", 0, education.records(applicantId, IT).size());
    }

    @Test
    public void exportsShowWhatTheScreensShowTheirRoles_R17_R35() throws Exception {
        Download queue = call("GET", "/api/v1/sheets/review-queue?format=xlsx&pending=false", null, KUQA_BUREAU);
        assertEquals(200, queue.status());
        assertEquals(XLSX, queue.contentType());
        assertEquals(401, call("GET", "/api/v1/sheets/review-queue", null, null).status());
        Download roster = call("GET", "/api/v1/sheets/series/engineering/2023/roster?format=csv", null, KUQA_BUREAU);
        assertTrue(roster.text(), roster.text().startsWith("\uFEFF编号,姓名,身份证号"));

        String committee = catalog.find("engineering").orElseThrow().committees().get(0).id();
        Download results = call("GET", "/api/v1/sheets/committees/" + committee + "/2023/results?format=csv", null, null);
        assertEquals("published (R-35): no login", 200, results.status());
        assertTrue(results.text(), results.text().startsWith("\uFEFF编号,姓名,工作单位"));
        Download scores = call("GET", "/api/v1/sheets/committees/" + committee + "/2023/score-sheets?format=xlsx", null, OFFICE);
        assertEquals(200, scores.status());
        assertEquals("FORBIDDEN", problem(call("GET", "/api/v1/sheets/committees/" + committee + "/2023/score-sheets", null,
                KUQA_BUREAU), 403).get("code").asText());
        problem(call("GET", "/api/v1/sheets/committees/engineering.999/2023/results", null, null), 404);
    }
}
