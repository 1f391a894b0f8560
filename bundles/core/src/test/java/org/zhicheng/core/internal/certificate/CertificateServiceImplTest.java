package org.zhicheng.core.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.LATE_OFFICE;
import static org.zhicheng.core.internal.TestActors.PREFECTURE_HR;
import static org.zhicheng.core.internal.TestActors.SERIES_OFFICE;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateVerification;
import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.PassedFiles;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * Certificates, their public verification and revocation, and the filings, on a real Derby database with the 2023
 * calendar. Files reach PASSED through the real review chain and {@link PassedFiles#pass}, the stand-in for the
 * committee's vote.
 */
class CertificateServiceImplTest {

    private static final String WATER = TestDescriptors.series("water-conservancy", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String SPECIALTY = "水利专业";
    private static final String SERIES = "water-conservancy";

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private AuditLogImpl audit;
    private PassedFiles files;
    private CertificateServiceImpl certificates;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        campaigns = TestCampaigns.registry("2023-08-14", 2023, 2024, 2026, 2027);
        audit = new AuditLogImpl(jpa);
        files = new PassedFiles(jpa, store, campaigns);
        certificates = new CertificateServiceImpl(jpa, campaigns, store, audit);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private void today(String day) {
        TestCampaigns.setToday(campaigns, day);
    }

    private Application passed(String name) {
        return files.passed(name, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
    }

    private Certificate issued(String name, String day) {
        Application file = passed(name);
        today(day);
        return certificates.issue(file.id(), COMMITTEE_OFFICE);
    }

    private static ZhichengException refused(String code, Runnable act) {
        ZhichengException e = assertThrows(ZhichengException.class, act::run);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    // ------------------------------------------------------------------ issue

    @Test
    void issuesOnlyFilesThatPassed_R11() {
        Application paid = files.feePaid("买买提", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        today("2023-12-01");
        refused("NOT_PASSED", () -> certificates.issue(paid.id(), COMMITTEE_OFFICE));
        assertTrue(certificates.forApplication(paid.id(), TESTER).isEmpty());
        assertEquals(ApplicationStatus.FEE_PAID, files.applications().find(paid.id(), TESTER).orElseThrow().status());
        refused("UNKNOWN_APPLICATION", () -> certificates.issue(999_999, COMMITTEE_OFFICE));
        refused("INVALID_INPUT", () -> certificates.issue(paid.id(), (Actor) null));
    }

    @Test
    void issuesOnlyFromTheCertificatesMonth_R11() {
        Application file = passed("王芳");
        today("2023-11-30");
        ZhichengException early = refused("CERTIFICATES_NOT_YET", () -> certificates.issue(file.id(), COMMITTEE_OFFICE));
        assertEquals("电子证书自2023年12月起颁发", early.chineseMessage());
        assertEquals(ApplicationStatus.PASSED, files.applications().find(file.id(), TESTER).orElseThrow().status());

        today("2023-12-01");
        Certificate certificate = certificates.issue(file.id(), COMMITTEE_OFFICE);
        assertEquals("ZC-2023-WATERCONSERVANCY-000001", certificate.number());
        assertTrue(certificate.verificationCode().matches("[2-9A-HJ-NP-Z]{10}"), certificate.verificationCode());
        assertEquals("王芳", certificate.holderName());
        assertTrue(certificate.maskedIdNumber().matches("652901\\*{10}[0-9X]{2}"), certificate.maskedIdNumber());
        assertEquals("水利系列", certificate.seriesName());
        assertEquals(SPECIALTY, certificate.specialty());
        assertEquals(TitleLevel.INTERMEDIATE, certificate.level());
        assertEquals(2023, certificate.evaluationYear());
        assertEquals(LocalDate.of(2023, 12, 1), certificate.issuedOn());
        assertEquals(LocalDate.of(2023, 12, 1), certificate.qualificationDocumentDate());
        assertFalse(certificate.revoked());
        assertEquals(certificate, certificates.forApplication(file.id(), TESTER).orElseThrow());
        assertEquals(ApplicationStatus.CERTIFIED, files.applications().find(file.id(), TESTER).orElseThrow().status());
        List<StatusChange> history = files.applications().history(file.id(), TESTER);
        StatusChange last = history.get(history.size() - 1);
        assertEquals(ApplicationStatus.PASSED, last.from());
        assertEquals(ApplicationStatus.CERTIFIED, last.to());
        assertEquals("committee-office", last.actor());

        ZhichengException twice = refused("ALREADY_CERTIFIED", () -> certificates.issue(file.id(), COMMITTEE_OFFICE));
        assertEquals("该申报已颁发证书：ZC-2023-WATERCONSERVANCY-000001", twice.chineseMessage());

        // in or after the month: a file that passed late is certified in the next year, numbered in its own year
        assertEquals("ZC-2023-WATERCONSERVANCY-000002", issued("李娜", "2024-01-05").number());
    }

    @Test
    void concurrentIssuesTakeConsecutiveNumbers_R38() throws Exception {
        List<Long> passed = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙", "丁")) {
            passed.add(passed(name).id());
        }
        today("2023-12-04");
        ExecutorService pool = Executors.newFixedThreadPool(passed.size());
        try {
            List<Callable<Certificate>> issues = passed.stream()
                    .<Callable<Certificate>>map(id -> () -> certificates.issue(id, COMMITTEE_OFFICE)).toList();
            HashSet<String> numbers = new HashSet<>();
            for (Future<Certificate> issue : pool.invokeAll(issues)) {
                numbers.add(issue.get().number());
            }
            assertEquals(Set.of("ZC-2023-WATERCONSERVANCY-000001", "ZC-2023-WATERCONSERVANCY-000002",
                    "ZC-2023-WATERCONSERVANCY-000003", "ZC-2023-WATERCONSERVANCY-000004"), numbers);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(audit.verify().intact());
    }

    // ------------------------------------------------------------------ public verification

    @Test
    void verifiesByNumberAndFullName_R38() {
        Certificate certificate = issued("艾力·买买提", "2023-12-04");
        CertificateVerification answer = certificates.verify(certificate.number(), "艾力·买买提");
        assertEquals(new CertificateVerification(true, certificate.number(), "艾力·买买提", "水利系列", SPECIALTY,
                TitleLevel.INTERMEDIATE, 2023, LocalDate.of(2023, 12, 4), null), answer);
        // as typed from paper: lower case, full-width, spaces, another form of the name's separator
        assertTrue(certificates.verify(" zc-2023-waterconservancy-０００００１ ", "艾力・买买提").valid());
        assertTrue(certificates.verify(certificate.number(), "艾力 • 买买提").valid());
    }

    @Test
    void aWrongNameIsInvalidAndRevealsNothing_R38() {
        Certificate certificate = issued("张伟", "2023-12-04");
        for (String name : List.of("张", "张伟伟", "李伟", " ")) {
            CertificateVerification answer = certificates.verify(certificate.number(), name);
            assertFalse(answer.valid());
            assertEquals(certificate.number(), answer.number(), "only the number asked about");
            assertNull(answer.holderName());
            assertNull(answer.seriesName());
            assertNull(answer.specialty());
            assertNull(answer.level());
            assertEquals(0, answer.evaluationYear());
            assertNull(answer.issuedOn());
            assertFalse(answer.reasonIfInvalid().isBlank());
        }
        assertEquals(CertificateServiceImpl.NOT_FOUND, certificates.verify(certificate.number(), "李伟").reasonIfInvalid());
        assertEquals(CertificateServiceImpl.INCOMPLETE, certificates.verify(certificate.number(), null).reasonIfInvalid());
    }

    @Test
    void anUnknownNumberIsInvalidLikeAWrongName_R38() {
        Certificate certificate = issued("张伟", "2023-12-04");
        CertificateVerification unknown = certificates.verify("ZC-2023-WATERCONSERVANCY-000002", "张伟");
        assertEquals(CertificateVerification.invalid("ZC-2023-WATERCONSERVANCY-000002", CertificateServiceImpl.NOT_FOUND), unknown);
        // the answer for a wrong name is the same, so that numbers cannot be probed
        assertEquals(unknown.reasonIfInvalid(), certificates.verify(certificate.number(), "李伟").reasonIfInvalid());
        assertFalse(certificates.verify("ZC-" + "9".repeat(200), "张伟").valid());
        assertEquals(CertificateServiceImpl.INCOMPLETE, certificates.verify(" ", "张伟").reasonIfInvalid());
    }

    // ------------------------------------------------------------------ revocation

    @Test
    void aRevokedCertificateIsInvalidAndTheHolderIsBanned_R37() {
        Certificate certificate = issued("赵敏", "2023-12-04");
        refused("INVALID_INPUT", () -> certificates.revoke(certificate.number(), PREFECTURE_HR, " "));
        refused("UNKNOWN_CERTIFICATE", () -> certificates.revoke("ZC-2023-WATERCONSERVANCY-000009", PREFECTURE_HR,
                "学历证书伪造"));

        today("2023-12-20");
        Certificate revoked = certificates.revoke(certificate.number(), PREFECTURE_HR, "经学信网核验，学历证书系伪造");
        assertTrue(revoked.revoked());
        assertTrue(certificates.forApplication(certificate.applicationId(), TESTER).orElseThrow().revoked());
        assertEquals(CertificateVerification.invalid(certificate.number(), "该证书已撤销"),
                certificates.verify(certificate.number(), "赵敏"));
        // the wrong name still learns nothing, not even that it was revoked
        assertEquals(CertificateServiceImpl.NOT_FOUND, certificates.verify(certificate.number(), "赵明").reasonIfInvalid());
        Application file = files.applications().find(certificate.applicationId(), TESTER).orElseThrow();
        assertEquals(ApplicationStatus.REVOKED, file.status());
        refused("ALREADY_REVOKED", () -> certificates.revoke(certificate.number(), PREFECTURE_HR, "再次撤销"));

        // no application for the three evaluation years from the next one (2024..2026)
        for (int year : new int[] {2024, 2026}) {
            today(year + "-08-01");
            ZhichengException banned = refused("BANNED_FOR_FALSIFICATION", () -> files.applications().createDraft(
                    new NewApplication(file.applicantId(), year, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE,
                            Channel.A_PREFECTURE_DIRECTED), APPLICANT));
            assertEquals("因材料造假，2026年度（含）前不得申报", banned.chineseMessage());
        }
        today("2027-08-01");
        assertEquals(2027, files.applications().createDraft(new NewApplication(file.applicantId(), 2027, SERIES, SPECIALTY,
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT).evaluationYear());
    }

    // ------------------------------------------------------------------ filings

    @Test
    void preFilingIsDueByTheDeadline_R28() {
        today("2023-07-10");
        FilingRecord filed = certificates.file(FilingRecord.Kind.PRE_FILING, 2023, SERIES, null, SERIES_OFFICE, "年度评审工作方案");
        assertEquals(new FilingRecord(filed.id(), 2023, FilingRecord.Kind.PRE_FILING, SERIES, null, LocalDate.of(2023, 7, 10),
                "series-office", "年度评审工作方案"), filed);
        today("2023-07-11");
        ZhichengException late = refused("FILING_LATE", () -> certificates.file(FilingRecord.Kind.PRE_FILING, 2023, SERIES,
                null, SERIES_OFFICE, null));
        assertEquals("年度评审工作预备案的截止日期为2023-07-10，已逾期", late.chineseMessage());
        refused("INVALID_INPUT", () -> certificates.file(FilingRecord.Kind.PRE_FILING, 2023, SERIES,
                LocalDate.of(2023, 9, 20), SERIES_OFFICE, null));
        refused("UNKNOWN_SERIES", () -> certificates.file(FilingRecord.Kind.PRE_FILING, 2023, "no-such-series", null,
                SERIES_OFFICE, null));
        refused("NO_CAMPAIGN", () -> certificates.file(FilingRecord.Kind.PRE_FILING, 2025, SERIES, null, SERIES_OFFICE, null));
        assertEquals(List.of(filed), certificates.filings(2023, TESTER));
    }

    @Test
    void preMeetingFilingIsThreeToFiveDaysBeforeTheMeeting_R28() {
        LocalDate meeting = LocalDate.of(2023, 9, 20);
        today("2023-09-14");
        ZhichengException early = refused("FILING_TOO_EARLY", () -> certificates.file(FilingRecord.Kind.PRE_MEETING, 2023,
                SERIES, meeting, SERIES_OFFICE, null));
        assertEquals("评审会前备案自2023-09-15起办理", early.chineseMessage());
        for (String day : List.of("2023-09-15", "2023-09-16", "2023-09-17")) {
            today(day);
            assertEquals(meeting, certificates.file(FilingRecord.Kind.PRE_MEETING, 2023, SERIES, meeting, SERIES_OFFICE,
                    null).meetingDate());
        }
        today("2023-09-18");
        ZhichengException late = refused("FILING_LATE", () -> certificates.file(FilingRecord.Kind.PRE_MEETING, 2023,
                SERIES, meeting, SERIES_OFFICE, null));
        assertEquals("评审会前备案的截止日期为2023-09-17，已逾期", late.chineseMessage());

        today("2023-10-29");
        refused("MEETING_OUTSIDE_WINDOW", () -> certificates.file(FilingRecord.Kind.PRE_MEETING, 2023, SERIES,
                LocalDate.of(2023, 11, 1), SERIES_OFFICE, null));
        refused("INVALID_INPUT", () -> certificates.file(FilingRecord.Kind.PRE_MEETING, 2023, SERIES, null,
                SERIES_OFFICE, null));
        assertEquals(3, certificates.filings(2023, TESTER).size());
    }

    @Test
    void postFilingIsWithinFiveDaysOfTheFirstQualificationDocument_R28() {
        Application first = passed("孙丽");
        Application second = passed("周杰");
        today("2023-12-04");
        ZhichengException none = refused("NO_QUALIFICATION_DOCUMENT", () -> certificates.file(FilingRecord.Kind.POST_FILING,
                2023, SERIES, null, SERIES_OFFICE, null));
        assertTrue(none.chineseMessage().contains("尚未印发资格文件"));
        certificates.issue(first.id(), COMMITTEE_OFFICE);
        today("2023-12-08");
        certificates.issue(second.id(), COMMITTEE_OFFICE);

        today("2023-12-09");
        FilingRecord filed = certificates.file(FilingRecord.Kind.POST_FILING, 2023, SERIES, null, SERIES_OFFICE, "评审结果");
        assertEquals(LocalDate.of(2023, 12, 9), filed.filedOn());
        today("2023-12-10");
        ZhichengException late = refused("FILING_LATE", () -> certificates.file(FilingRecord.Kind.POST_FILING, 2023, SERIES,
                null, SERIES_OFFICE, null));
        assertEquals("评审结果事后备案的截止日期为2023-12-09，已逾期", late.chineseMessage(), "counted from the earliest document");
    }

    // ------------------------------------------------------------------ audit

    @Test
    void everyActIsInTheAuditLogAndTheLogStaysIntact_R36() {
        LocalDate meeting = LocalDate.of(2023, 9, 20);
        today("2023-07-01");
        certificates.file(FilingRecord.Kind.PRE_FILING, 2023, SERIES, null, SERIES_OFFICE, "年度评审工作方案");
        Application file = passed("钱程");
        today("2023-09-16");
        certificates.file(FilingRecord.Kind.PRE_MEETING, 2023, SERIES, meeting, SERIES_OFFICE, "评审专家名单");
        today("2023-09-19");
        refused("FILING_LATE", () -> certificates.file(FilingRecord.Kind.PRE_MEETING, 2023, SERIES, meeting, LATE_OFFICE, null));
        today("2023-12-04");
        Certificate certificate = certificates.issue(file.id(), COMMITTEE_OFFICE);
        certificates.file(FilingRecord.Kind.POST_FILING, 2023, SERIES, null, SERIES_OFFICE, null);
        today("2023-12-20");
        certificates.revoke(certificate.number(), PREFECTURE_HR, "业绩材料系伪造");

        List<AuditEntry> fileEntries = audit.entries(FileHistory.subject(file.id()));
        List<String> actions = fileEntries.stream().map(AuditEntry::action).toList();
        assertEquals(List.of("APPLICATION_PASSED", "APPLICATION_CERTIFIED", "APPLICATION_REVOKED"),
                actions.subList(actions.size() - 3, actions.size()));
        AuditEntry issue = fileEntries.get(fileEntries.size() - 2);
        assertEquals("committee-office", issue.actor());
        assertEquals("颁发职称证书" + certificate.number() + " [PASSED -> CERTIFIED]", issue.detail());
        AuditEntry revocation = fileEntries.get(fileEntries.size() - 1);
        assertEquals("prefecture-hr", revocation.actor());
        assertEquals("材料造假，撤销职称证书" + certificate.number() + "：业绩材料系伪造 [CERTIFIED -> REVOKED]", revocation.detail());

        List<AuditEntry> filings = audit.entries("filing:2023:" + SERIES);
        assertEquals(List.of("FILING_PRE_FILING", "FILING_PRE_MEETING", "FILING_POST_FILING"),
                filings.stream().map(AuditEntry::action).toList(), "the refused late filing left no entry");
        assertEquals("年度评审工作方案", filings.get(0).detail());
        assertEquals("评审会议日期2023-09-20；评审专家名单", filings.get(1).detail());
        assertTrue(filings.stream().allMatch(e -> e.actor().equals("series-office")));
        assertEquals(3, certificates.filings(2023, TESTER).size());

        // verification is public and read-only: it records nothing and the log stays intact
        long before = audit.count();
        certificates.verify(certificate.number(), "钱程");
        assertEquals(before, audit.count());
        assertTrue(audit.verify().intact());
    }
}
