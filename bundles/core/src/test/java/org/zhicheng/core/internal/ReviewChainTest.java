package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COLLEAGUE_JIA;
import static org.zhicheng.core.internal.TestActors.COLLEAGUE_YI;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.EMPLOYER;
import static org.zhicheng.core.internal.TestActors.PREFECTURE_HR;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** The review chain from submission to the fee, on a real Derby database and the real 2023 calendar. */
class ReviewChainTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");

    private int nextId = 500;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
    }

    private Application submitted(TitleLevel level) {
        Applicant applicant = applicants.register(new NewApplicant("审核链", ResidentIdNumber.completing("65290119800101" + nextId++),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业", level,
                Channel.A_PREFECTURE_DIRECTED), APPLICANT);
        return CompleteFiles.submit(applications, contents, draft, APPLICANT);
    }

    private void today(String day) {
        TestCampaigns.setToday(campaigns, day);
    }

    @Test
    void employerOpinionIsRequiredAndPublicityLastsFiveWorkingDays_R20() {
        Application file = submitted(TitleLevel.INTERMEDIATE);
        ZhichengException noOpinion = assertThrows(ZhichengException.class,
                () -> applications.approveByEmployer(file.id(), file.version(), EMPLOYER, " "));
        assertEquals("单位须填写明确的审核意见", noOpinion.chineseMessage());

        Application inPublicity = applications.approveByEmployer(file.id(), file.version(), EMPLOYER,
                "经审核，基本信息、学历、任职年限、业绩材料真实完整，同意推荐");
        assertEquals(ApplicationStatus.IN_PUBLICITY, inPublicity.status());
        Publicity publicity = applications.publicity(file.id(), TESTER).orElseThrow();
        assertEquals(LocalDate.of(2023, 8, 14), publicity.firstDay());
        assertEquals(LocalDate.of(2023, 8, 18), publicity.lastDay(), "Monday to Friday");

        today("2023-08-18");
        ZhichengException early = assertThrows(ZhichengException.class,
                () -> applications.recommend(file.id(), inPublicity.version(), EMPLOYER));
        assertEquals("PUBLICITY_NOT_OVER", early.code());
        today("2023-08-19");
        assertEquals(ApplicationStatus.RECOMMENDED, applications.recommend(file.id(), inPublicity.version(), EMPLOYER).status());
    }

    @Test
    void publicityCountsWorkingDaysAcrossAWeekend_R20() {
        CampaignRegistry late = TestCampaigns.registry("2023-09-08", 2023);
        // the review window closes 09-10, so this file is approved on 09-08 (Friday): 08, 11, 12, 13, 14
        ApplicationServiceImpl service = TestServices.applications(jpa, new SeriesStore(jpa), late);
        TestCampaigns.setToday(campaigns, "2023-08-28");
        Application file = submitted(TitleLevel.INTERMEDIATE);
        Application approved = service.approveByEmployer(file.id(), file.version(), EMPLOYER, "同意推荐");
        assertEquals(LocalDate.of(2023, 9, 14), service.publicity(approved.id(), TESTER).orElseThrow().lastDay());
    }

    @Test
    void anObjectionStopsTheRecommendationUntilResolved_R20_R36() {
        Application file = submitted(TitleLevel.INTERMEDIATE);
        Application inPublicity = applications.approveByEmployer(file.id(), file.version(), EMPLOYER, "同意推荐");
        Publicity objected = applications.recordObjection(file.id(), COLLEAGUE_JIA, "业绩材料中的项目并非本人主持");
        assertEquals(1, objected.openObjections());
        today("2023-08-21");
        Application current = applications.find(file.id(), TESTER).orElseThrow();
        ZhichengException blocked = assertThrows(ZhichengException.class,
                () -> applications.recommend(file.id(), current.version(), EMPLOYER));
        assertEquals("OBJECTION_OPEN", blocked.code());

        Application dismissed = applications.resolveObjections(file.id(), current.version(), EMPLOYER, false,
                "经核实，项目任务书载明申报人为项目负责人");
        assertEquals(ApplicationStatus.IN_PUBLICITY, dismissed.status());
        assertEquals(ApplicationStatus.RECOMMENDED, applications.recommend(file.id(), dismissed.version(), EMPLOYER).status());

        List<StatusChange> history = applications.history(file.id(), TESTER);
        assertTrue(history.stream().anyMatch(c -> c.actor().equals("tongshi-jia") && c.reason().equals("公示异议：业绩材料中的项目并非本人主持")));
        assertTrue(history.stream().anyMatch(c -> c.reason().startsWith("异议不成立：")));
        assertEquals(inPublicity.id(), file.id());

        // the same acts in the tamper-evident audit log, in order, and the log is intact; the applicant's
        // filling in (the sections saved, the commitment signed) is there too, before the submission
        AuditLogImpl audit = new AuditLogImpl(jpa);
        List<AuditEntry> entries = audit.entries("application:" + file.id());
        List<String> actions = entries.stream().map(AuditEntry::action).toList();
        assertEquals(List.of("APPLICATION_CREATED", "APPLICATION_SUBMITTED", "APPLICATION_IN_PUBLICITY",
                "APPLICATION_OBJECTION", "APPLICATION_IN_PUBLICITY", "APPLICATION_RECOMMENDED"),
                actions.stream().filter(a -> a.startsWith("APPLICATION_")).toList());
        assertEquals("COMMITMENT_SIGNED", actions.get(actions.indexOf("APPLICATION_SUBMITTED") - 1));
        AuditEntry objection = entries.get(actions.indexOf("APPLICATION_OBJECTION"));
        assertEquals("tongshi-jia", objection.actor());
        assertTrue(objection.detail().startsWith("公示异议：业绩材料中的项目并非本人主持"));
        assertTrue(audit.verify().intact());
    }

    @Test
    void anUpheldObjectionReturnsTheFile_R20_R14() {
        Application file = submitted(TitleLevel.INTERMEDIATE);
        Application inPublicity = applications.approveByEmployer(file.id(), file.version(), EMPLOYER, "同意推荐");
        applications.recordObjection(file.id(), COLLEAGUE_YI, "学历证书与学信网记录不符");
        Application current = applications.find(file.id(), TESTER).orElseThrow();
        Application returned = applications.resolveObjections(file.id(), current.version(), EMPLOYER, true, "请补充学信网备案表");
        assertEquals(ApplicationStatus.RETURNED, returned.status());
        assertEquals(inPublicity.id(), returned.id());
    }

    @Test
    void theBureauAcceptsAndTheFeeIsPaidOnceMaterialIsReceived_R19_R29_R09() {
        Application file = submitted(TitleLevel.INTERMEDIATE);
        Application approved = applications.approveByEmployer(file.id(), file.version(), EMPLOYER, "同意推荐");
        today("2023-08-21");
        Application recommended = applications.recommend(file.id(), approved.version(), EMPLOYER);
        ZhichengException tooEarly = assertThrows(ZhichengException.class, () -> applications.recordFeePayment(file.id(),
                recommended.version(), new FeePayment(file.id(), 400, FeePayment.Method.QR_CODE, "WX2023082100001",
                        LocalDate.of(2023, 8, 21), "committee-office"), COMMITTEE_OFFICE));
        assertEquals("FEE_BEFORE_MATERIAL_RECEIVED", tooEarly.code(), "payable only after 已接收材料 (R-29)");
        assertEquals("须待申报显示“已接收材料”后方可缴费（该申报当前为“单位已推荐”）", tooEarly.chineseMessage());

        Application received = applications.acceptMaterial(file.id(), recommended.version(), COUNTY_BUREAU);
        assertEquals(ApplicationStatus.MATERIAL_RECEIVED, received.status());
        assertEquals(400, applications.feeFor(file.id(), TESTER));
        ZhichengException wrongAmount = assertThrows(ZhichengException.class, () -> applications.recordFeePayment(file.id(),
                received.version(), new FeePayment(file.id(), 550, FeePayment.Method.BANK_TRANSFER, "BANK-1",
                        LocalDate.of(2023, 8, 22), "committee-office"), COMMITTEE_OFFICE));
        assertEquals("应缴评审费400元，记录为550元", wrongAmount.chineseMessage());

        today("2023-09-16");
        ZhichengException late = assertThrows(ZhichengException.class, () -> applications.recordFeePayment(file.id(),
                received.version(), new FeePayment(file.id(), 400, FeePayment.Method.QR_CODE, "WX-LATE",
                        LocalDate.of(2023, 9, 16), "committee-office"), COMMITTEE_OFFICE));
        assertEquals("FEE_LATE", late.code());
        assertTrue(applications.feePayment(file.id(), TESTER).isEmpty());

        today("2023-09-15");
        Application paid = applications.recordFeePayment(file.id(), received.version(), new FeePayment(file.id(), 400,
                FeePayment.Method.QR_CODE, "WX2023091500007", LocalDate.of(2023, 9, 15), "committee-office"), COMMITTEE_OFFICE);
        assertEquals(ApplicationStatus.FEE_PAID, paid.status());
        assertEquals("WX2023091500007", applications.feePayment(file.id(), TESTER).orElseThrow().reference());
    }

    @Test
    void reviewersReturnFilesAndRecordLettersOnlyInsideTheReviewWindow_R09_R05_R14() {
        // filed on the application window's last day, 08-30; the review closes 09-10
        today("2023-08-30");
        Application file = submitted(TitleLevel.INTERMEDIATE);
        today("2023-09-11");
        ZhichengException lateReturn = assertThrows(ZhichengException.class,
                () -> applications.returnForRevision(file.id(), file.version(), COUNTY_BUREAU, "请补充学信网备案表"));
        assertEquals("OUTSIDE_REVIEW_WINDOW", lateReturn.code());
        assertEquals(ApplicationStatus.SUBMITTED, applications.find(file.id(), TESTER).orElseThrow().status(), "unchanged");
        today("2023-09-10");
        assertEquals(ApplicationStatus.RETURNED,
                applications.returnForRevision(file.id(), file.version(), COUNTY_BUREAU, "请补充学信网备案表").status());

        Applicant applicant = applicants.register(new NewApplicant("委托评审", ResidentIdNumber.completing("65290119800101" + nextId++),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        today("2023-08-30");
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.B_RECOMMENDED), APPLICANT);
        Application recommendedToRegion = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        today("2023-09-11");
        ZhichengException lateLetter = assertThrows(ZhichengException.class, () -> applications.recordEntrustmentLetter(
                recommendedToRegion.id(), recommendedToRegion.version(), COUNTY_BUREAU, "阿克苏地区人社局", "阿地人社函〔2023〕7号"));
        assertEquals("OUTSIDE_REVIEW_WINDOW", lateLetter.code());
        assertTrue(applications.entrustmentLetter(recommendedToRegion.id(), TESTER).isEmpty());
    }

    @Test
    void seniorFilesPayTheSeriesFeeJuniorFilesTheYearsFee_R29() {
        assertEquals(600, applications.feeFor(submitted(TitleLevel.SENIOR_ASSOCIATE).id(), TESTER));
        assertEquals(200, applications.feeFor(submitted(TitleLevel.ASSISTANT).id(), TESTER));
    }

    @Test
    void reviewsHappenInsideTheReviewWindow_R09() {
        today("2023-07-20");
        Application file = submitted(TitleLevel.INTERMEDIATE);
        ZhichengException early = assertThrows(ZhichengException.class,
                () -> applications.approveByEmployer(file.id(), file.version(), EMPLOYER, "同意推荐"));
        assertEquals("OUTSIDE_REVIEW_WINDOW", early.code());
        assertEquals(ApplicationStatus.SUBMITTED, applications.find(file.id(), TESTER).orElseThrow().status());
    }

    @Test
    void channelBFilesNeedTheirEntrustmentLetter_R05() {
        Applicant applicant = applicants.register(new NewApplicant("委托评审", ResidentIdNumber.completing("65290119800101" + nextId++),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.B_RECOMMENDED), APPLICANT);
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), EMPLOYER, "同意推荐");
        today("2023-08-21");
        Application recommended = applications.recommend(approved.id(), approved.version(), EMPLOYER);
        ZhichengException missing = assertThrows(ZhichengException.class,
                () -> applications.acceptMaterial(recommended.id(), recommended.version(), PREFECTURE_HR));
        assertEquals("ENTRUSTMENT_LETTER_MISSING", missing.code());
        assertTrue(applications.entrustmentLetter(recommended.id(), APPLICANT).isEmpty());
        Application entrusted = applications.recordEntrustmentLetter(recommended.id(), recommended.version(), PREFECTURE_HR,
                " 阿克苏地区人力资源和社会保障局 ", "阿地人社函〔2023〕56号");
        // read back as recorded, issuer and number apart
        assertEquals(new EntrustmentLetter(recommended.id(), "阿克苏地区人力资源和社会保障局", "阿地人社函〔2023〕56号"),
                applications.entrustmentLetter(recommended.id(), PREFECTURE_HR).orElseThrow());
        assertEquals(ApplicationStatus.MATERIAL_RECEIVED,
                applications.acceptMaterial(entrusted.id(), entrusted.version(), PREFECTURE_HR).status());

        Application inPrefecture = submitted(TitleLevel.INTERMEDIATE);
        ZhichengException notNeeded = assertThrows(ZhichengException.class, () -> applications.recordEntrustmentLetter(
                inPrefecture.id(), inPrefecture.version(), PREFECTURE_HR, "阿克苏地区人社局", "x"));
        assertEquals("NO_ENTRUSTMENT_NEEDED", notNeeded.code());
        assertTrue(applications.entrustmentLetter(inPrefecture.id(), TESTER).isEmpty());
    }
}
