package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.testfixtures.CommitteeMeeting;

/**
 * The documents as PDF over real HTTP (issue 18): the certificate, the annexes and the committee lists are
 * downloaded with the roles that may have them (403 for others, 4xx for bad values), their text read with
 * Debian's pdftotext, each rendered to PNG with pdftoppm under target/screenshots, and the certificate's QR code
 * read with zbarimg: its URL (the base set through Config Admin, PID org.zhicheng.documents) opens the public
 * verification page, and the number and name it carries verify.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DocumentTests extends ContainerTestSupport {

    private static final String SERIES = "statistics";
    private static final String SPECIALTY = "统计系列高级统计专业";
    private static final String COMMITTEE = "statistics.48"; // Annex 5 row 48: 正高, 副高
    private static final Http.Credentials OFFICE = Api.demo("office");
    private static final Http.Credentials OTHER_APPLICANT = Api.demo("ayigul");
    private static final Http.Credentials OTHER_DEPARTMENT = Api.demo("dept-health");
    /** Arabic-script letters as pdftotext gives them: the letters themselves or their presentation forms. */
    private static final java.util.regex.Pattern UYGHUR = java.util.regex.Pattern.compile("[\\u0600-\\u06FF\\uFB50-\\uFEFC]{3,}");

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ScoringService scoring;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private CertificateService certificates;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private MeetingService meetings;

    /** A downloaded document: the status, the media type and the bytes as they came. */
    record Download(int status, String type, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Download download(String path, Http.Credentials credentials) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + httpPort() + path).openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setRequestProperty("Accept", "application/pdf, application/problem+json");
        if (credentials != null) {
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int status = connection.getResponseCode();
            var stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            return new Download(status, String.valueOf(connection.getContentType()), stream == null ? new byte[0] : stream.readAllBytes());
        } finally {
            connection.disconnect();
        }
    }

    /** A PDF that must come: 200, application/pdf, %PDF; its text (pdftotext) and a PNG of its first page. */
    static String pdf(String path, Http.Credentials credentials, String screenshot) throws Exception {
        Download pdf = download(path, credentials);
        assertEquals(path + ": " + pdf.text(), 200, pdf.status());
        assertTrue(pdf.type(), pdf.type().startsWith("application/pdf"));
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII), new String(pdf.bytes(), 0, 5,
                StandardCharsets.US_ASCII).equals("%PDF-"));
        Path file = screenshots().resolve(screenshot + ".pdf");
        Files.write(file, pdf.bytes());
        run("pdftoppm", "-png", "-r", "80", "-singlefile", file.toString(), screenshots().resolve(screenshot).toString());
        assertTrue(Files.size(screenshots().resolve(screenshot + ".png")) > 5_000);
        // PDFBox 3 sets Latin ligatures (a name with a random "fi" comes back as U+FB01): read them as their letters
        return run("pdftotext", "-layout", file.toString(), "-").replaceAll("[ \\t]+", " ").replace("\uFB00", "ff")
                .replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB03", "ffi").replace("\uFB04", "ffl");
    }

    /** A refusal: the status, and an RFC 7807 problem naming the code (none for a 401 challenge); no PDF. */
    static void refused(String path, Http.Credentials credentials, int status, String code) throws IOException {
        Download answer = download(path, credentials);
        assertEquals(path + ": " + answer.text(), status, answer.status());
        assertTrue(answer.type() + " " + answer.text(), code.isEmpty() || answer.type().contains("json") && answer.text().contains(code));
    }

    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(requiredProperty("zhicheng.screenshots")));
    }

    /** A command's standard output; its error output only goes into the failure message (zbarimg writes notes there). */
    static String run(String... command) throws Exception {
        Path errors = Files.createTempFile("document-tool", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(String.join(" ", command) + " timed out", process.waitFor(60, TimeUnit.SECONDS));
            String text = new String(out, StandardCharsets.UTF_8);
            assertEquals(String.join(" ", command) + ": " + text + Files.readString(errors), 0, process.exitValue());
            return text;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The text of the QR code in a PNG, read by Debian's zbarimg. */
    static String qr(String png) throws Exception {
        return run("zbarimg", "--nodbus", "--raw", "-q", screenshots().resolve(png).toString()).strip();
    }

    private Certificate certified() throws Exception {
        Await.until("statistics accepting", STATE_TIMEOUT, () -> catalog.find(SERIES).map(s -> s.accepting()).orElse(false));
        Applicant applicant = withCareer(applicants.register(new NewApplicant("统计师" + TestData.token(""), TestData.idNumber(),
                "阿克苏地区统计局", Tier.PREFECTURE_DIRECT, ""), IT));
        Application file = underEvaluation(new NewApplication(applicant.id(), 2023, SERIES, SPECIALTY,
                TitleLevel.SENIOR_ASSOCIATE, Channel.A_PREFECTURE_DIRECTED), "doc-1");
        scoring.submitScoreSheet(file.id(), expert("doc-1"), FileLifecycleTests.points(scoring.standardFor(file.id()), "0.8"));
        evaluation.recordDefenseScore(file.id(), new BigDecimal("85"), as("defense-panel"));
        try {
            setToday("2023-09-15"); // inside the meetings window
            new CommitteeMeeting(evaluation, meetings, campaigns, as("committee"), IT, ContainerTestSupport::expert, 25)
                    .decide(COMMITTEE, 2023, Grade.SENIOR, BigDecimal.ONE, Map.of(file.id(), true));
            setToday("2023-12-04"); // certificates from December
            return certificates.issue(file.id(), as("committee-office"));
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void documentsArePdfsForTheirReadersOnly_R10_R11_R35_R38() throws Exception {
        Certificate certificate = certified();
        assertEquals(ApplicationStatus.CERTIFIED, applications.find(certificate.applicationId(), IT).orElseThrow().status());
        String base = "http://localhost:" + httpPort();
        configure("org.zhicheng.documents", "verificationBaseUrl", base);
        String at = "/api/v1/certificates/" + URLEncoder.encode(certificate.number(), StandardCharsets.UTF_8) + "/pdf";

        // the QR code carries the configured base (Config Admin), once the component has the new configuration
        Await.until("the certificate's QR code names " + base, STATE_TIMEOUT, () -> {
            try {
                pdf(at, OFFICE, "document-certificate");
                return qr("document-certificate.png").startsWith(base + "/verify?");
            } catch (Exception | AssertionError e) {
                return false;
            }
        });
        String text = pdf(at, OFFICE, "document-certificate");
        for (String expected : List.of("专业技术职务任职资格电子证书", certificate.holderName(), certificate.number(),
                certificate.maskedIdNumber(), "统计系列", SPECIALTY, "副高", "评审委员会", "验证码", certificate.verificationCode())) {
            assertTrue(expected + " missing from:\n" + text, text.contains(expected));
        }
        String url = qr("document-certificate.png");
        assertTrue(url, url.startsWith(base + "/verify?number=" + certificate.number() + "&name="));
        // following it: the public verification page answers, and what it carries verifies
        assertEquals(200, Http.get(httpPort(), URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery()).status());
        String name = URLDecoder.decode(url.substring(url.indexOf("&name=") + 6), StandardCharsets.UTF_8);
        assertEquals(certificate.holderName(), name);
        HttpResult verified = Http.get(httpPort(), "/api/v1/certificates/" + certificate.number() + "/verification?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertTrue(verified.body(), verified.body().contains("\"valid\":true"));

        // the certificate is the file's readers' only: not another applicant's, not another series' department's
        refused(at, OTHER_APPLICANT, 403, "FORBIDDEN");
        refused(at, OTHER_DEPARTMENT, 403, "FORBIDDEN");
        refused(at, null, 401, "");
        refused("/api/v1/certificates/ZC-2023-NOSUCH-000001/pdf", OFFICE, 404, "UNKNOWN_CERTIFICATE");

        // the bilingual (Chinese and Uyghur) certificate, issue 19: the same readers; the Chinese stays authoritative
        String bilingual = pdf(at + "?lang=zh-ug", OFFICE, "document-certificate-zh-ug");
        assertTrue(bilingual, bilingual.contains("专业技术职务任职资格电子证书") && bilingual.contains(certificate.holderName())
                && bilingual.contains(certificate.number()) && UYGHUR.matcher(bilingual).find());
        refused(at + "?lang=zh-ug", OTHER_APPLICANT, 403, "FORBIDDEN");
        refused(at + "?lang=xx", OFFICE, 400, "INVALID_INPUT");

        // the annexes the file came far enough for
        long id = certificate.applicationId();
        String list = JsonApi.read(200, Http.get(httpPort(), "/api/v1/applications/" + id + "/documents", "application/json",
                OFFICE)).toString();
        assertTrue(list, list.contains("\"annex1\"") && list.contains("\"annex2\"") && list.contains("\"annex3\""));
        String publicity = pdf("/api/v1/applications/" + id + "/documents/annex1", OFFICE, "document-annex1-publicity");
        assertTrue(publicity, publicity.contains("单位公示通知") && publicity.contains(certificate.holderName())
                && publicity.contains("公示期"));
        String recommendation = pdf("/api/v1/applications/" + id + "/documents/annex2", OFFICE, "document-annex2-recommendation");
        assertTrue(recommendation, recommendation.contains("单位推荐意见") && recommendation.contains("同意推荐"));
        String commitment = pdf("/api/v1/applications/" + id + "/documents/annex3", OFFICE, "document-annex3-commitment");
        assertTrue(commitment, commitment.contains("个人承诺书") && commitment.contains("承诺人"));
        String bilingualCommitment = pdf("/api/v1/applications/" + id + "/documents/annex3?lang=zh-ug", OFFICE,
                "document-annex3-commitment-zh-ug");
        assertTrue(bilingualCommitment, bilingualCommitment.contains("个人承诺书") && UYGHUR.matcher(bilingualCommitment).find());
        refused("/api/v1/applications/" + id + "/documents/annex1?lang=zh-ug", OFFICE, 400, "INVALID_INPUT");
        refused("/api/v1/applications/" + id + "/documents/annex4", OFFICE, 409, "DOCUMENT_NOT_READY");
        refused("/api/v1/applications/" + id + "/documents/annex9", OFFICE, 400, "INVALID_INPUT");
        refused("/api/v1/applications/" + id + "/documents/annex1", OTHER_APPLICANT, 403, "FORBIDDEN");
        refused("/api/v1/applications/99999999/documents/annex1", OFFICE, 404, "UNKNOWN_APPLICATION");

        // the committee's qualification document and result publicity list: its office's
        String lists = "/api/v1/committees/" + COMMITTEE + "/2023/documents/";
        String qualification = pdf(lists + "qualification.pdf", OFFICE, "document-qualification");
        assertTrue(qualification, qualification.contains("评审结果的通知") && qualification.contains(certificate.holderName()));
        String results = pdf(lists + "result-publicity.pdf", OFFICE, "document-result-publicity");
        assertTrue(results, results.contains("评审结果公示") && results.contains(certificate.holderName())
                && results.contains("阿克苏地区统计局"));
        refused(lists + "qualification.pdf", OTHER_APPLICANT, 403, "FORBIDDEN");
        refused(lists + "result-publicity.pdf", OTHER_DEPARTMENT, 403, "FORBIDDEN");
        refused("/api/v1/committees/nosuch.1/2023/documents/qualification.pdf", OFFICE, 404, "UNKNOWN_COMMITTEE");
    }
}
