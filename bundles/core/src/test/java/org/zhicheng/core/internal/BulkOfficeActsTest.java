package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.bulk.BulkCertificates;
import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.bulk.BulkResult;
import org.zhicheng.api.bulk.FeeLine;
import org.zhicheng.api.bulk.FileRef;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.bulk.BulkOfficeActsImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.certificate.CertificateServiceImpl;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * Bulk office acts (issue 16) on a real Derby: one transaction per list, all or nothing, each file checked as its single
 * act checks it, with its own status change and audit entry, and the audit chain intact afterwards.
 */
class BulkOfficeActsTest {

    private static final String SERIES = "water-conservancy";
    private static final String SPECIALTY = "水利专业";
    private static final String WATER = TestDescriptors.series(SERIES, "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    /** The fee of an intermediate file in 2023 (R-29: the year's fee for the grade). */
    private static final int INTERMEDIATE_FEE = 400;

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private AuditLogImpl audit;
    private PassedFiles files;
    private ApplicationServiceImpl applications;
    private BulkOfficeActs bulk;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        campaigns = TestCampaigns.registry("2023-08-14", 2023);
        audit = new AuditLogImpl(jpa);
        files = new PassedFiles(jpa, store, campaigns);
        applications = files.applications();
        EvaluationServiceImpl evaluation = new EvaluationServiceImpl(jpa, new ScoringServiceImpl(jpa, store, audit, campaigns),
                audit, store);
        bulk = new BulkOfficeActsImpl(jpa, applications, evaluation, new CertificateServiceImpl(jpa, campaigns, store, audit));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private List<Application> several(int n, Function<String, Application> make) {
        return IntStream.range(0, n).mapToObj(i -> make.apply("申报人" + i)).toList();
    }

    private List<Application> received(int n) {
        return several(n, name -> files.received(name, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE));
    }

    private static FeeLine line(Application file, int amount, LocalDate paidOn) {
        return new FeeLine(file.id(), file.version(), amount, FeePayment.Method.BANK_TRANSFER, "BANK-" + file.id(), paidOn);
    }

    private static List<FileRef> refs(List<Application> files) {
        return files.stream().map(f -> new FileRef(f.id(), f.version())).toList();
    }

    private Application now(Application file) {
        return applications.find(file.id(), TESTER).orElseThrow();
    }

    /** The files and the audit log exactly as they were: status, version, history, entries. */
    private Runnable unchanged(List<Application> before) {
        List<Integer> histories = before.stream().map(f -> applications.history(f.id(), TESTER).size()).toList();
        long entries = audit.count();
        return () -> {
            for (int i = 0; i < before.size(); i++) {
                Application file = now(before.get(i));
                assertEquals(before.get(i).status(), file.status(), "file " + file.id());
                assertEquals(before.get(i).version(), file.version(), "file " + file.id());
                assertEquals(histories.get(i), applications.history(file.id(), TESTER).size(), "file " + file.id());
            }
            assertEquals(entries, audit.count(), "no audit entry for a refused list");
        };
    }

    private static ZhichengException refused(String code, Runnable act) {
        ZhichengException e = assertThrows(ZhichengException.class, act::run);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    /** Each file moved once, with its own status change and its own audit entry, and the chain verifies. */
    private void eachOnItsOwn(List<Application> before, ApplicationStatus to, long entriesBefore) {
        for (Application file : before) {
            List<StatusChange> history = applications.history(file.id(), TESTER);
            StatusChange last = history.get(history.size() - 1);
            assertEquals(before.get(0).status(), last.from(), "file " + file.id());
            assertEquals(to, last.to());
            assertEquals(1, audit.entries(FileHistory.subject(file.id())).stream()
                    .filter(e -> e.action().equals("APPLICATION_" + to.name())).count(), "file " + file.id());
            assertEquals(to, now(file).status());
        }
        assertEquals(entriesBefore + before.size(), audit.count(), "one audit entry per file");
        assertTrue(audit.verify().intact(), "the chain verifies after a bulk act");
    }

    @Test
    void bulkFeePaymentsAreAllOrNothing_R29() {
        List<Application> list = received(3);
        LocalDate paid = LocalDate.of(2023, 8, 21);
        List<FeeLine> statement = new ArrayList<>(list.stream().map(f -> line(f, INTERMEDIATE_FEE, paid)).toList());
        statement.set(1, line(list.get(1), 350, paid)); // the bank reports 350, the platform derives 400
        Runnable check = unchanged(list);
        ZhichengException e = refused("WRONG_FEE", () -> bulk.recordFeePayments(statement, COUNTY_BUREAU));
        assertEquals(422, e.status());
        assertTrue(e.chineseMessage().startsWith("列表第2项（第" + list.get(1).id() + "号申报）未能办理"), e.chineseMessage());
        assertTrue(e.getMessage().contains("application " + list.get(1).id()), e.getMessage());
        assertEquals("files[1]", e.field().orElseThrow());
        check.run();

        long entries = audit.count();
        BulkResult result = bulk.recordFeePayments(list.stream().map(f -> line(f, INTERMEDIATE_FEE, paid)).toList(),
                COUNTY_BUREAU);
        assertEquals(3, result.count());
        assertEquals(list.stream().map(Application::id).toList(), result.files().stream().map(Application::id).toList());
        eachOnItsOwn(list, ApplicationStatus.FEE_PAID, entries);
        for (Application file : list) {
            FeePayment payment = applications.feePayment(file.id(), TESTER).orElseThrow();
            assertEquals(INTERMEDIATE_FEE, payment.amountYuan());
            assertEquals("BANK-" + file.id(), payment.reference());
        }
    }

    @Test
    void bulkFeePaymentsRefuseAPaymentAfterTheDeadline_R09() {
        List<Application> list = received(2);
        List<FeeLine> statement = List.of(line(list.get(0), INTERMEDIATE_FEE, LocalDate.of(2023, 8, 21)),
                line(list.get(1), INTERMEDIATE_FEE, LocalDate.of(2023, 9, 16))); // the deadline is 09-15
        Runnable check = unchanged(list);
        ZhichengException e = refused("FEE_LATE", () -> bulk.recordFeePayments(statement, COUNTY_BUREAU));
        assertTrue(e.chineseMessage().contains("第" + list.get(1).id() + "号申报"), e.chineseMessage());
        check.run();
    }

    @Test
    void bulkFeePaymentsOnlyForFilesWhoseMaterialWasReceived_R29() {
        Application received = files.received("甲", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        Application recommended = files.recommended("乙", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        List<Application> list = List.of(received, recommended);
        Runnable check = unchanged(list);
        LocalDate paid = LocalDate.of(2023, 8, 21);
        refused("FEE_BEFORE_MATERIAL_RECEIVED", () -> bulk.recordFeePayments(
                List.of(line(received, INTERMEDIATE_FEE, paid), line(recommended, INTERMEDIATE_FEE, paid)), COUNTY_BUREAU));
        check.run();
        // a line without a reference is refused on the line, not with a 500
        refused("INVALID_INPUT", () -> bulk.recordFeePayments(List.of(new FeeLine(received.id(), received.version(),
                INTERMEDIATE_FEE, FeePayment.Method.QR_CODE, " ", paid)), COUNTY_BUREAU));
        check.run();
    }

    @Test
    void bulkActsKeepTheSingleActsRoles_R29() {
        List<Application> list = received(2);
        Runnable check = unchanged(list);
        // fees are recorded by the bureaus (and the applicant), never by the committee office
        Actor office = CoreActors.issue(Actor.committeeOffice("water-office", Set.of(SERIES)));
        ZhichengException e = refused("FORBIDDEN", () -> bulk.recordFeePayments(
                list.stream().map(f -> line(f, INTERMEDIATE_FEE, LocalDate.of(2023, 8, 21))).toList(), office));
        assertEquals(403, e.status());
        // the committee office's act, by a county bureau
        Actor bureau = CoreActors.issue(Actor.countyBureau("wensu-bureau", "温宿县"));
        refused("FORBIDDEN", () -> bulk.startEvaluations(refs(list), bureau));
        // the right role, the wrong series: refused on the first file, named
        Actor otherOffice = CoreActors.issue(Actor.committeeOffice("health-office", Set.of("health")));
        ZhichengException scope = refused("FORBIDDEN", () -> bulk.issueCertificates(refs(list), otherOffice));
        assertTrue(scope.chineseMessage().startsWith("列表第1项"), scope.chineseMessage());
        check.run();
    }

    @Test
    void bulkAcceptanceByTheCountyBureau_R19() {
        List<Application> list = several(3, name -> files.recommended(name, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE));
        List<FileRef> stale = new ArrayList<>(refs(list));
        stale.set(2, new FileRef(list.get(2).id(), list.get(2).version() - 1)); // read before someone else's change
        Runnable check = unchanged(list);
        ZhichengException e = refused("STALE_VERSION", () -> bulk.acceptMaterials(stale, COUNTY_BUREAU));
        assertEquals(409, e.status());
        assertTrue(e.chineseMessage().startsWith("列表第3项（第" + list.get(2).id() + "号申报）"), e.chineseMessage());
        check.run();

        long entries = audit.count();
        bulk.acceptMaterials(refs(list), COUNTY_BUREAU);
        eachOnItsOwn(list, ApplicationStatus.MATERIAL_RECEIVED, entries);
    }

    @Test
    void bulkStartOfEvaluationTakesPaidFilesOnly_R29() {
        List<Application> paid = several(3, name -> files.feePaid(name, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE));
        Application unpaid = files.received("未缴费", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        List<Application> list = new ArrayList<>(paid);
        list.add(1, unpaid);
        Runnable check = unchanged(list);
        ZhichengException e = refused("FEE_NOT_PAID", () -> bulk.startEvaluations(refs(list), COMMITTEE_OFFICE));
        assertTrue(e.chineseMessage().contains("第" + unpaid.id() + "号申报"), e.chineseMessage());
        check.run();

        long entries = audit.count();
        BulkResult result = bulk.startEvaluations(refs(paid), COMMITTEE_OFFICE);
        assertTrue(result.files().stream().allMatch(f -> f.status() == ApplicationStatus.UNDER_EVALUATION));
        eachOnItsOwn(paid, ApplicationStatus.UNDER_EVALUATION, entries);
    }

    @Test
    void bulkCertificatesForAMeetingsPassedFiles_R11() {
        List<Application> passed = several(3, name -> files.passed(name, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE));
        Application paid = files.feePaid("未通过", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        List<Application> list = new ArrayList<>(passed);
        list.add(paid);
        TestCampaigns.setToday(campaigns, "2023-12-04");
        Runnable check = unchanged(list);
        ZhichengException e = refused("NOT_PASSED", () -> bulk.issueCertificates(refs(list), COMMITTEE_OFFICE));
        assertTrue(e.chineseMessage().startsWith("列表第4项"), e.chineseMessage());
        check.run();

        long entries = audit.count();
        BulkCertificates issued = bulk.issueCertificates(refs(passed), COMMITTEE_OFFICE);
        assertEquals(List.of("ZC-2023-WATERCONSERVANCY-000001", "ZC-2023-WATERCONSERVANCY-000002",
                "ZC-2023-WATERCONSERVANCY-000003"), issued.certificates().stream().map(Certificate::number).toList(),
                "the refused list used no number");
        eachOnItsOwn(passed, ApplicationStatus.CERTIFIED, entries);
    }

    @Test
    void bulkCertificatesNotBeforeTheCertificatesMonth_R11() {
        List<Application> passed = several(2, name -> files.passed(name, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE));
        TestCampaigns.setToday(campaigns, "2023-11-30");
        Runnable check = unchanged(passed);
        refused("CERTIFICATES_NOT_YET", () -> bulk.issueCertificates(refs(passed), COMMITTEE_OFFICE));
        check.run();
    }

    @Test
    void refusesAnEmptyAnOversizedAndARepeatingList() {
        List<Application> list = received(1);
        Runnable check = unchanged(list);
        assertEquals(400, refused("BULK_EMPTY", () -> bulk.acceptMaterials(List.of(), COUNTY_BUREAU)).status());
        refused("BULK_EMPTY", () -> bulk.recordFeePayments(null, COUNTY_BUREAU));
        List<FileRef> tooMany = new ArrayList<>(Collections.nCopies(BulkOfficeActs.MAX_FILES, refs(list).get(0)));
        tooMany.add(refs(list).get(0));
        ZhichengException e = refused("BULK_TOO_MANY", () -> bulk.startEvaluations(tooMany, COMMITTEE_OFFICE));
        assertEquals("一次最多办理500份申报，本次选择了501份，请分批办理", e.chineseMessage());
        refused("BULK_DUPLICATE", () -> bulk.startEvaluations(List.of(refs(list).get(0), refs(list).get(0)),
                COMMITTEE_OFFICE));
        ZhichengException unknown = refused("UNKNOWN_APPLICATION", () -> bulk.acceptMaterials(
                List.of(refs(list).get(0), new FileRef(999_999, 1)), COUNTY_BUREAU));
        assertTrue(unknown.chineseMessage().startsWith("列表第2项（第999999号申报）"), unknown.chineseMessage());
        check.run();
    }
}
