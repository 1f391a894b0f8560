package org.zhicheng.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.io.InputStreamReader;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateVerification;
import org.zhicheng.api.document.Annex;
import org.zhicheng.api.document.Document;
import org.zhicheng.api.document.DocumentLanguage;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.meeting.Recusal;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.LabelTranslations;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.PassedFiles;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.certificate.CertificateServiceImpl;
import org.zhicheng.core.internal.education.ContinuingEducationServiceImpl;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.ScoringServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The PDF documents (issue 18) on a real Derby database: the text extracted with PDFBox names the holder, the
 * number and the Chinese headings; the certificate's QR code decodes to its verification URL, which verifies; the
 * same data gives the same bytes but for the creation date; callers who may not read the data are refused. The
 * bilingual certificate and Annex 3 (issue 19) likewise, with the Uyghur found in logical order.
 */
class DocumentServiceImplTest {

    private static final String WATER = TestDescriptors.series("water-conservancy", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String SERIES = "water-conservancy";
    private static final String SPECIALTY = "水利专业";
    private static final Instant CREATED = Instant.parse("2023-12-01T02:00:00Z");
    private static final DocumentLanguage BILINGUAL = DocumentLanguage.CHINESE_UYGHUR;

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private PassedFiles files;
    private CertificateServiceImpl certificates;
    private ContinuingEducationServiceImpl education;
    private EvaluationServiceImpl evaluation;
    private SeriesStore store;
    private Instant now = CREATED;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        store = new SeriesStore(jpa);
        // the Uyghur labels a plugin's series_ug.properties would give (issue 19)
        TestDescriptors.declare(store, WATER, TestDescriptors.scoring(2023, 1, List.of("高", "中", "初")), "1.0.0",
                new LabelTranslations(Map.of("ug", Map.of("水利系列", "سۇچىلىق سېرىيىسى", SPECIALTY, "سۇچىلىق كەسپى"))));
        campaigns = TestCampaigns.registry("2023-08-14", 2023, 2024);
        AuditLogImpl audit = new AuditLogImpl(jpa);
        files = new PassedFiles(jpa, store, campaigns);
        certificates = new CertificateServiceImpl(jpa, campaigns, store, audit);
        education = new ContinuingEducationServiceImpl(jpa, store, audit);
        evaluation = new EvaluationServiceImpl(jpa, new ScoringServiceImpl(jpa, store, audit, campaigns), audit, store);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private DocumentServiceImpl documents() {
        return new DocumentServiceImpl(jpa, certificates, files.applications(), files.applicants(), files.contents(),
                education, evaluation, null, store, campaigns, "https://zc.example.cn/", () -> now);
    }

    private String committee() {
        return store.find(SERIES).orElseThrow().committees().get(0).id();
    }

    private Certificate certified(String name) {
        return certified(name, TitleLevel.INTERMEDIATE);
    }

    private Certificate certified(String name, TitleLevel level) {
        Application file = files.passed(name, SERIES, SPECIALTY, level);
        TestCampaigns.setToday(campaigns, "2023-12-01");
        return certificates.issue(file.id(), COMMITTEE_OFFICE);
    }

    @Test
    void certificateNamesHolderNumberAndHeadings_R11_R38() throws IOException {
        Certificate certificate = certified("阿依古丽·买买提");
        Document pdf = documents().certificate(certificate.number(), TESTER);
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("certificate-" + certificate.number() + ".pdf", pdf.fileName());
        String text = text(pdf);
        for (String expected : List.of("专业技术职务任职资格电子证书", "阿依古丽·买买提", certificate.number(),
                certificate.maskedIdNumber(), "水利系列", SPECIALTY, "中级", "2023年度", "评审委员会", "资格文件日期",
                "2023年12月1日", certificate.verificationCode(), "阿克苏地区职称改革工作领导小组办公室", "（盖章）")) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals(certificate.number(), document.getDocumentInformation().getSubject());
        }
    }

    @Test
    void certificateQrCodeCarriesTheVerificationUrl_R38() throws Exception {
        Certificate certificate = certified("王芳");
        String url = qr(documents().certificate(certificate.number(), TESTER));
        assertEquals(documents().verificationUrl(certificate.number(), "王芳"), url);
        assertTrue(url.startsWith("https://zc.example.cn/verify?number=" + certificate.number() + "&name="), url);
        // following it: the page verifies the number and name the URL carries
        String name = URLDecoder.decode(url.substring(url.indexOf("&name=") + 6), StandardCharsets.UTF_8);
        CertificateVerification answer = certificates.verify(certificate.number(), name);
        assertTrue(answer.valid(), answer.reasonIfInvalid());
        assertEquals("王芳", answer.holderName());
    }

    @Test
    void sameDataGivesSameBytesButTheCreationDate_R38() {
        Certificate certificate = certified("李明");
        byte[] first = documents().certificate(certificate.number(), TESTER).bytes();
        byte[] again = documents().certificate(certificate.number(), TESTER).bytes();
        assertArrayEquals(first, again);
        now = CREATED.plusSeconds(86_400L * 3);
        byte[] later = documents().certificate(certificate.number(), TESTER).bytes();
        assertFalse(java.util.Arrays.equals(first, later));
        assertEquals(first.length, later.length);
        // every differing byte lies inside the metadata's CreationDate string
        int date = new String(first, StandardCharsets.ISO_8859_1).indexOf("/CreationDate");
        assertTrue(date > 0);
        for (int i = 0; i < first.length; i++) {
            if (first[i] != later[i]) {
                assertTrue(i > date && i < date + 40, "byte " + i + " differs outside the creation date at " + date);
            }
        }
    }

    @Test
    void refusesACallerWhoMayNotReadTheFile_R38() {
        Certificate certificate = certified("赵强");
        Actor stranger = CoreActors.issue(Actor.applicant("stranger", "陌生人", 999_999L, "别的单位", "阿克苏市"));
        ZhichengException refused = assertThrows(ZhichengException.class,
                () -> documents().certificate(certificate.number(), stranger));
        assertEquals("FORBIDDEN", refused.code(), refused.getMessage());
        assertEquals("UNKNOWN_CERTIFICATE", assertThrows(ZhichengException.class,
                () -> documents().certificate("ZC-2023-NOPE-000009", TESTER)).code());
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class,
                () -> documents().certificate(certificate.number(), null)).code());
        Actor expert = new Actor("expert-x", "专家", org.zhicheng.api.security.Role.EXPERT, null, null, null, Set.of(), "E-X");
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> documents().qualificationDocument(committee(), 2023, expert)).code());
    }

    @Test
    void annexesOfAFileAsFarAsItCame_R13_R18_R20() throws IOException {
        Application file = files.feePaid("古丽娜", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        DocumentServiceImpl documents = documents();
        assertEquals(List.of(Annex.PUBLICITY, Annex.RECOMMENDATION, Annex.COMMITMENT), documents.availableAnnexes(file.id(), TESTER));
        assertEquals("DOCUMENT_NOT_READY", assertThrows(ZhichengException.class,
                () -> documents.annex(file.id(), Annex.EDUCATION_EXEMPTION, TESTER)).code());
        String publicity = text(documents.annex(file.id(), Annex.PUBLICITY, TESTER));
        for (String expected : List.of("附件1", "单位公示通知", "古丽娜", "阿克苏地区水利局", "公示期", "同意推荐", "2023年8月14日")) {
            assertTrue(publicity.contains(expected), () -> expected + " missing from:\n" + publicity);
        }
        String recommendation = text(documents.annex(file.id(), Annex.RECOMMENDATION, TESTER));
        assertTrue(recommendation.contains("附件2") && recommendation.contains("单位推荐意见") && recommendation.contains("公示期满无异议"),
                recommendation);
        String commitment = text(documents.annex(file.id(), Annex.COMMITMENT, TESTER));
        assertTrue(commitment.contains("附件3") && commitment.contains("个人承诺书") && commitment.contains("承诺人"), commitment);

        education.recordExemption(file.applicantId(), 2022, "访惠聚工作队办公室", "阿地访办〔2022〕12号", TESTER);
        assertTrue(documents.availableAnnexes(file.id(), TESTER).contains(Annex.EDUCATION_EXEMPTION));
        String exemption = text(documents.annex(file.id(), Annex.EDUCATION_EXEMPTION, TESTER));
        for (String expected : List.of("附件4", "继续教育免修申请表", "2022年度", "访惠聚工作队办公室", "阿地访办〔2022〕12号")) {
            assertTrue(exemption.contains(expected), () -> expected + " missing from:\n" + exemption);
        }
    }

    @Test
    void committeeListsNameThoseWhoPassed_R10_R35() throws IOException {
        Certificate certificate = certified("热依拉");
        String committee = committee();
        String qualification = text(documents().qualificationDocument(committee, 2023, COMMITTEE_OFFICE));
        for (String expected : List.of("评审结果的通知", "热依拉", "阿克苏地区水利局", SPECIALTY, "中级",
                "2023年12月1日")) {
            assertTrue(qualification.contains(expected), () -> expected + " missing from:\n" + qualification);
        }
        String publicity = text(documents().resultPublicity(committee, 2023, COMMITTEE_OFFICE));
        assertTrue(publicity.contains("评审结果公示") && publicity.contains("热依拉") && publicity.contains("0997-2129001"), publicity);
        assertEquals("UNKNOWN_COMMITTEE", assertThrows(ZhichengException.class,
                () -> documents().resultPublicity("nope.1", 2023, COMMITTEE_OFFICE)).code());
        assertNotEquals(null, certificate);
    }

    @Test
    void minutesShowAttendanceRecusalsCountsAndSignature_issue14() throws IOException {
        Meeting meeting = new Meeting(7, SERIES + ".1", 2023, Grade.SENIOR, LocalDate.of(2023, 10, 9), "地区水利局三楼会议室",
                MeetingStatus.SIGNED, 5, Set.of("E1", "E2", "E3", "E4"), List.of(new Recusal("E4", 41, "同一单位", true)),
                List.of(41L, 42L));
        Minutes minutes = new Minutes(meeting, new BigDecimal("0.5"), 1, List.of(
                new Minutes.Tally(41, "A-001", 3, 3, 0, 0, new BigDecimal("86.5"), new BigDecimal("80"), true, true),
                new Minutes.Tally(42, "A-002", 4, 2, 1, 1, new BigDecimal("71"), null, false, false)),
                List.of(), 0, "E1", Instant.parse("2023-10-09T08:00:00Z"));
        byte[] pdf = DocumentServiceImpl.minutesPdf(minutes, "水利系列水利专业评审委员会",
                Map.of("E1", "张主任", "E2", "李委员", "E3", "王委员", "E4", "赵委员"), CREATED);
        String text = text(new Document("minutes-7.pdf", Document.PDF, pdf));
        for (String expected : List.of("评审会议纪要", "应到5人，实到4人", "张主任", "赵委员回避A-001", "同一单位", "A-001", "A-002",
                "50%", "未通过", "主持人（签字）：张主任", "2023年10月9日")) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
    }

    // ---------------------------------------------------------------- bilingual (issue 19)
    // PDFBox's text extraction gives the Uyghur words back in logical order (it normalises the presentation forms and
    // reverses the right-to-left runs); the first pages are rendered to target/documents for people to look at.

    @Test
    void bilingualCertificateHasTheUyghurInLogicalOrderAndTheChinese_R11_R38() throws Exception {
        Certificate certificate = certified("阿依古丽·买买提", TitleLevel.INTERMEDIATE);
        Document pdf = documents().certificate(certificate.number(), BILINGUAL, TESTER);
        assertEquals("certificate-" + certificate.number() + "-zh-ug.pdf", pdf.fileName());
        String text = text(pdf);
        // the Uyghur words as typed (logical order): the certificate, the holder's level, the labels
        for (String expected : List.of("گۇۋاھنامىسى", "ئېلېكترونلۇق", "ئوتتۇرا دەرىجىلىك", "گۇۋاھنامە نومۇرى", "كىملىك نومۇرى",
                "سۇچىلىق سېرىيىسى سۇچىلىق كەسپى",
                "باھالاش كومىتېتى", "كۈچكە ئىگە", "2023-يىلى 12-ئاينىڭ 1-كۈنى", "يولداش")) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
        // the Chinese, authoritative, as in the Chinese-only certificate
        for (String expected : List.of("专业技术职务任职资格电子证书", "阿依古丽·买买提", certificate.number(),
                certificate.maskedIdNumber(), "水利系列", "中级", "2023年度", "资格文件日期", "2023年12月1日",
                certificate.verificationCode(), "阿克苏地区职称改革工作领导小组办公室", "（盖章）")) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
        // the ID number stays masked and left to right
        assertTrue(certificate.maskedIdNumber().contains("*"), certificate.maskedIdNumber());
        assertEquals(documents().verificationUrl(certificate.number(), "阿依古丽·买买提"),
                qr(pdf));
        render(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertEquals(1, document.getNumberOfPages(), "a certificate is one page");
        }
    }

    @Test
    void bilingualCertificateSaysTheHoldersLevel_R11() throws IOException {
        Certificate certificate = certified("热依拉", TitleLevel.SENIOR_ASSOCIATE);
        String text = text(documents().certificate(certificate.number(), BILINGUAL, TESTER));
        assertTrue(text.contains("مۇئاۋىن ئالىي دەرىجىلىك"), text);
        assertTrue(text.contains("副高"), text);
    }

    @Test
    void bilingualCommitmentHasBothTextsAndTheSignature_R13() throws Exception {
        Application file = files.feePaid("古丽娜", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        Document pdf = documents().annex(file.id(), Annex.COMMITMENT, BILINGUAL, TESTER);
        assertEquals("annex3-" + file.id() + "-zh-ug.pdf", pdf.fileName());
        String text = text(pdf);
        String chinese = files.contents().commitment(file.id(), TESTER).orElseThrow().text();
        for (String expected : List.of("附件3", "个人承诺书", "承诺人", "古丽娜", chinese.substring(0, 12),
                "شەخسىي ۋەدىنامە", "ئىناۋەتلىك ئىكەنلىكىگە", "ئىلتىماسچى", "ۋەدە بەرگۈچى", "كەسپىي تېخنىكا سالاھىيىتىگە")) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
        render(pdf);
        // the Chinese-only Annex 3 is what it was, and another annex has no bilingual version
        String only = text(documents().annex(file.id(), Annex.COMMITMENT, TESTER));
        assertTrue(only.contains("个人承诺书") && !only.contains("ۋەدە"), only);
        ZhichengException refused = assertThrows(ZhichengException.class,
                () -> documents().annex(file.id(), Annex.PUBLICITY, BILINGUAL, TESTER));
        assertEquals("INVALID_INPUT", refused.code());
    }

    @Test
    void bilingualBytesAreReproducible_R38() {
        Certificate certificate = certified("李明", TitleLevel.INTERMEDIATE);
        byte[] first = documents().certificate(certificate.number(), BILINGUAL, TESTER).bytes();
        assertArrayEquals(first, documents().certificate(certificate.number(), BILINGUAL, TESTER).bytes());
        assertNotEquals(first.length, documents().certificate(certificate.number(), TESTER).bytes().length);
    }

    @Test
    void refusesTheBilingualToWhomTheChineseIsRefused_R38() {
        Certificate certificate = certified("赵强", TitleLevel.INTERMEDIATE);
        Actor stranger = CoreActors.issue(Actor.applicant("stranger", "陌生人", 999_999L, "别的单位", "阿克苏市"));
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> documents().certificate(certificate.number(), BILINGUAL, stranger)).code());
        assertEquals("UNKNOWN_CERTIFICATE", assertThrows(ZhichengException.class,
                () -> documents().certificate("ZC-2023-NOPE-000009", BILINGUAL, TESTER)).code());
        Application file = files.feePaid("古丽", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> documents().annex(file.id(), Annex.COMMITMENT, BILINGUAL, stranger)).code());
    }

    @Test
    void uyghurTextsAgreeWithTheInterfaces_issue19() throws IOException {
        Properties ui = new Properties();
        Properties terms = new Properties();
        Path resources = Path.of("..", "ui", "src", "main", "resources", "org", "zhicheng", "ui");
        try (var in = new InputStreamReader(Files.newInputStream(resources.resolve("texts_ug.properties")), StandardCharsets.UTF_8);
             var termsIn = new InputStreamReader(Files.newInputStream(resources.resolve("terms_ug.properties")), StandardCharsets.UTF_8)) {
            ui.load(in);
            terms.load(termsIn);
        }
        assertEquals(ui.getProperty("commitment.translation"), UyghurTexts.text("commitment.translation"));
        assertEquals(ui.getProperty("documents.certificate"), UyghurTexts.text("certificate.title"));
        for (String key : List.of("number", "holder", "idNumber", "year", "qualificationDate", "issuedOn", "verificationCode",
                "state", "valid", "revoked", "applicant", "title")) {
            assertEquals(ui.getProperty("documents." + key), UyghurTexts.text(key), key);
        }
        for (TitleLevel level : TitleLevel.values()) {
            assertEquals(terms.getProperty("TitleLevel." + level.name()), UyghurTexts.level(level), level.name());
        }
    }

    /** The first page as PNG under target/documents, for people to look at. */
    private static void render(Document pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    Files.createDirectories(Path.of("target", "documents")).resolve(pdf.fileName() + ".png").toFile());
        }
    }

    /** The PDF's text, the PDF kept under target/documents for people to look at. */
    static String text(Document document) throws IOException {
        java.nio.file.Path kept = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(kept.resolve(document.fileName()), document.bytes());
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            return new PDFTextStripper().getText(pdf).replace("\r", "").replaceAll("[ \\n]+(?=[\\u4e00-\\u9fff（）])", "");
        }
    }

    /** Renders the first page and decodes its QR code with ZXing. */
    static String qr(Document document) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        }
    }
}
