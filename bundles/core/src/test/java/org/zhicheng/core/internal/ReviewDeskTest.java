package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.review.AvailableAct;
import org.zhicheng.api.review.ExpertCandidate;
import org.zhicheng.api.review.ReviewAct;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.review.ReviewRow;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.calendar.TestCalendars;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.review.ReviewDeskImpl;
import org.zhicheng.core.internal.series.TestDescriptors;

/** What the reviewers' desk tells the screens, decided by the same checks as the acts, on Derby and the 2023 calendar. */
class ReviewDeskTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final Actor SHUILI = CoreActors.issue(Actor.employer("unit-shuili", "阿克苏地区水利局"));
    /** Another reviewer's account of the same unit: a colleague of the approver. */
    private static final Actor SHUILI_COLLEAGUE = CoreActors.issue(Actor.employer("unit-shuili-2", "阿克苏地区水利局"));
    private static final Actor OTHER_UNIT = CoreActors.issue(Actor.employer("unit-other", "阿克苏地区林业和草原局"));
    private static final Actor DEPARTMENT = CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water")));

    private ReviewDeskImpl desk;
    private int nextId = 800;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        // the history keeps the platform date, from which the days waiting are counted
        applications = new ApplicationServiceImpl(jpa, store, campaigns, TestCalendars.china2023(),
                TestServices.universities2023(), new AuditLogImpl(jpa, Clock.systemUTC(), campaigns::today));
        desk = new ReviewDeskImpl(jpa, campaigns, store);
    }

    private Applicant applicant(String name, String employer) {
        return applicants.register(new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++), employer,
                Tier.PREFECTURE_DIRECT, ""), TESTER);
    }

    private Application submitted(Applicant applicant) {
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT);
        return CompleteFiles.submit(applications, contents, draft, APPLICANT);
    }

    private static AvailableAct act(List<AvailableAct> acts, ReviewAct which) {
        return acts.stream().filter(a -> a.act() == which).findFirst().orElseThrow(() -> new AssertionError(which + " not listed"));
    }

    @Test
    void recommendingDuringPublicityIsOfferedDisabledWithTheActsOwnReason_R20() {
        Application file = submitted(applicant("公示中", "阿克苏地区水利局"));
        Application inPublicity = applications.approveByEmployer(file.id(), file.version(), SHUILI, "同意推荐");
        TestCampaigns.setToday(campaigns, "2023-08-16");

        List<AvailableAct> acts = desk.availableActs(file.id(), SHUILI);
        AvailableAct recommend = act(acts, ReviewAct.RECOMMEND);
        assertFalse(recommend.possible());
        assertEquals("PUBLICITY_NOT_OVER", recommend.refusalCode());
        assertEquals("公示期至2023-08-18，期满后方可推荐", recommend.reasonZh());
        // the act itself refuses with the same code
        ZhichengException refused = assertThrows(ZhichengException.class,
                () -> applications.recommend(file.id(), inPublicity.version(), SHUILI));
        assertEquals(recommend.refusalCode(), refused.code());
        AvailableAct dismiss = act(acts, ReviewAct.DISMISS_OBJECTIONS);
        assertFalse(dismiss.possible());
        assertEquals("没有待处理的异议", dismiss.reasonZh());
        // the approver may not object (issue 15): offered disabled with the act's own refusal
        AvailableAct object = act(acts, ReviewAct.OBJECT);
        assertFalse(object.possible());
        assertEquals("OBJECTION_BY_APPROVER", object.refusalCode());
        assertTrue(act(desk.availableActs(file.id(), SHUILI_COLLEAGUE), ReviewAct.OBJECT).possible());
        assertTrue(acts.stream().noneMatch(a -> a.act() == ReviewAct.APPROVE), "approving belongs to a submitted file");

        TestCampaigns.setToday(campaigns, "2023-08-21");
        assertTrue(act(desk.availableActs(file.id(), SHUILI), ReviewAct.RECOMMEND).possible());
        assertEquals(ApplicationStatus.RECOMMENDED, applications.recommend(file.id(), inPublicity.version(), SHUILI).status());
    }

    @Test
    void anOpenObjectionStopsTheRecommendationAndCanBeResolved_R20() {
        Application file = submitted(applicant("有异议", "阿克苏地区水利局"));
        applications.approveByEmployer(file.id(), file.version(), SHUILI, "同意推荐");
        applications.recordObjection(file.id(), SHUILI_COLLEAGUE, "论文系代写");
        TestCampaigns.setToday(campaigns, "2023-08-21");
        List<AvailableAct> acts = desk.availableActs(file.id(), SHUILI);
        assertEquals("OBJECTION_OPEN", act(acts, ReviewAct.RECOMMEND).refusalCode());
        assertTrue(act(acts, ReviewAct.DISMISS_OBJECTIONS).possible());
        assertEquals(LocalDate.of(2023, 8, 23), act(acts, ReviewAct.UPHOLD_OBJECTIONS).resubmissionDeadline(),
                "upholding returns the file: resubmission within 2 days (R-14)");
    }

    @Test
    void returningTellsTheResubmissionDeadlineAndEachRoleSeesOnlyItsActs_R14_R19() {
        Application file = submitted(applicant("退回", "阿克苏地区水利局"));
        AvailableAct ret = act(desk.availableActs(file.id(), SHUILI), ReviewAct.RETURN);
        assertTrue(ret.possible());
        assertEquals(LocalDate.of(2023, 8, 16), ret.resubmissionDeadline());
        assertTrue(act(desk.availableActs(file.id(), SHUILI), ReviewAct.APPROVE).possible());

        List<AvailableAct> department = desk.availableActs(file.id(), DEPARTMENT);
        assertEquals(List.of(ReviewAct.RETURN, ReviewAct.REFUSE), department.stream().map(AvailableAct::act).toList());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> desk.availableActs(file.id(), OTHER_UNIT)).code());

        // outside the review window the act is refused, and the desk says so
        TestCampaigns.setToday(campaigns, "2023-09-11");
        AvailableAct late = act(desk.availableActs(file.id(), SHUILI), ReviewAct.APPROVE);
        assertEquals("OUTSIDE_REVIEW_WINDOW", late.refusalCode());
        assertEquals(late.refusalCode(), assertThrows(ZhichengException.class,
                () -> applications.approveByEmployer(file.id(), file.version(), SHUILI, "同意")).code());
    }

    @Test
    void theQueueKeepsWhatWaitsForTheRoleWithDaysWaitingAndDeadline_R09_R20() {
        Applicant ayigul = applicant("阿依古丽", "阿克苏地区水利局");
        Application first = submitted(ayigul);
        Application second = submitted(applicant("王建国", "阿克苏地区水利局"));
        submitted(applicant("别的单位", "阿克苏地区林业和草原局"));
        applications.approveByEmployer(second.id(), second.version(), SHUILI, "同意推荐");
        TestCampaigns.setToday(campaigns, "2023-08-17");

        List<ReviewRow> pending = desk.queue(ReviewQuery.pending(), 0, 50, SHUILI);
        assertEquals(2, pending.size(), "only the unit's own files");
        assertEquals(2, desk.count(ReviewQuery.pending(), SHUILI));
        ReviewRow waiting = pending.stream().filter(r -> r.application().id() == first.id()).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2023, 8, 14), waiting.since());
        assertEquals(3, waiting.daysWaiting());
        assertEquals(LocalDate.of(2023, 9, 10), waiting.deadline());
        assertEquals(ReviewRow.DeadlineKind.REVIEW_WINDOW, waiting.deadlineKind());
        ReviewRow publicity = pending.stream().filter(r -> r.application().id() == second.id()).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2023, 8, 18), publicity.deadline());
        assertEquals(ReviewRow.DeadlineKind.PUBLICITY_END, publicity.deadlineKind());

        // the department waits for recommended files only: nothing yet
        assertEquals(0, desk.count(ReviewQuery.pending(), DEPARTMENT));
        assertEquals(3, desk.count(new ReviewQuery(false, null, null, null), DEPARTMENT));

        // search by the beginning of the ID number or of the name, or by the file's number: each through an index
        String idNumber = jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Required, em -> em.find(
                org.zhicheng.core.internal.persistence.ApplicantEntity.class, ayigul.id()).getIdNumber());
        List<ReviewRow> byId = desk.queue(new ReviewQuery(false, idNumber.substring(0, 17), null, null), 0, 50, DEPARTMENT);
        assertEquals(List.of(first.id()), byId.stream().map(r -> r.application().id()).toList());
        assertEquals(idNumber.substring(0, 6) + "**********" + idNumber.substring(16), byId.get(0).idNumberMasked(),
                "the row shows the ID number masked");
        assertEquals(1, desk.count(new ReviewQuery(false, "王建", null, null), DEPARTMENT));
        assertEquals(0, desk.count(new ReviewQuery(false, "建国", null, null), DEPARTMENT), "inside a name is not searched");
        assertEquals(List.of(second.id()), desk.queue(new ReviewQuery(false, "第" + second.id() + "号", null, null), 0, 50,
                DEPARTMENT).stream().map(r -> r.application().id()).toList());
        assertEquals(1, desk.count(new ReviewQuery(false, String.valueOf(second.id()), null, null), DEPARTMENT));
        assertEquals(0, desk.count(new ReviewQuery(false, "不存在", null, null), DEPARTMENT));
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class,
                () -> desk.queue(ReviewQuery.pending(), -1, 50, SHUILI)).code());
    }

    @Test
    void theExpertPickerFlagsConflictsOfInterestAndTheAssignedOnes() throws Exception {
        TestDescriptors.declareForestry(store); // the forester's pool: an installed series (issue 15)
        AuditLogImpl audit = new AuditLogImpl(jpa);
        ScoringServiceImpl scoring = new ScoringServiceImpl(jpa, store, audit, campaigns);
        EvaluationServiceImpl evaluation = new EvaluationServiceImpl(jpa, scoring, audit, store);
        Applicant applicant = applicant("参评人", "库车市水利局");
        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(
                applicant.id(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED));
        evaluation.registerExpert(new Expert("colleague", "同事专家", "库车市水利局", Set.of("water"), Set.of()), COMMITTEE_OFFICE);
        evaluation.registerExpert(new Expert("relative", "亲属专家", "地区水利局", Set.of("water"), Set.of(applicant.id())),
                COMMITTEE_OFFICE);
        evaluation.registerExpert(new Expert("forester", "林业专家", "地区林草局", Set.of("forestry"), Set.of()), COMMITTEE_OFFICE);
        evaluation.registerExpert(new Expert("fair", "无关专家", "新疆农业大学", Set.of("water"), Set.of()), COMMITTEE_OFFICE);
        evaluation.assignExperts(file.id(), List.of("fair"), COMMITTEE_OFFICE);

        List<ExpertCandidate> pool = desk.expertCandidates(file.id(), COMMITTEE_OFFICE);
        assertEquals(List.of("fair", "colleague", "relative"), pool.stream().map(c -> c.expert().id()).toList(),
                "the series' pool only, the free ones first");
        Map<String, ExpertCandidate> byId = new java.util.HashMap<>();
        pool.forEach(c -> byId.put(c.expert().id(), c));
        assertTrue(byId.get("fair").assigned());
        assertTrue(byId.get("fair").conflicts().isEmpty());
        assertEquals("CONFLICT_SAME_EMPLOYER", byId.get("colleague").conflicts().get(0).code());
        assertEquals("专家同事专家与申报人同一单位，须回避", byId.get("colleague").conflicts().get(0).reasonZh());
        assertEquals("CONFLICT_DECLARED_RELATION", byId.get("relative").conflicts().get(0).code());
        // the assignment refuses what the picker flags
        assertEquals("CONFLICT_SAME_EMPLOYER", assertThrows(ZhichengException.class,
                () -> evaluation.assignExperts(file.id(), List.of("colleague"), COMMITTEE_OFFICE)).code());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> desk.expertCandidates(file.id(), SHUILI)).code());
    }

    @Test
    void auditSubjectsReadAsTheFileAndItsPersonForAdministratorsOnly_R36() {
        Application file = submitted(applicant("阿依古丽", "阿克苏地区水利局"));
        String meeting = "committee:" + store.find("water").orElseThrow().committeeFor("水利专业", TitleLevel.INTERMEDIATE).orElseThrow().id() + ":2023:INTERMEDIATE";
        Map<String, String> labels = desk.subjectLabels(List.of("application:" + file.id(), "application:99999", "unit:1",
                meeting), CoreActors.issue(Actor.admin("admin")));
        assertEquals(Map.of("application:" + file.id(), "第" + file.id() + "号 阿依古丽 水利系列",
                meeting, "2023年 水利系列 水利专业 中级评审会议"), labels);
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> desk.subjectLabels(List.of("application:" + file.id()), SHUILI)).code());
    }
}
