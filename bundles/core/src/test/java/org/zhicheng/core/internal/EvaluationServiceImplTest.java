package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.COMMITTEE;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.DEFENSE_PANEL;
import static org.zhicheng.core.internal.TestActors.OFFICE;
import static org.zhicheng.core.internal.TestActors.PANEL;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
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
import org.zhicheng.api.evaluation.AnonymisedFile;
import org.zhicheng.api.evaluation.CommitteeResult;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.core.internal.file.FileContentServiceImpl;

/** The committee's evaluation on a real Derby database, files driven through the real chain. */
class EvaluationServiceImplTest {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private ApplicantServiceImpl applicants;
    private ApplicationServiceImpl applications;
    private FileContentServiceImpl contents;
    private ScoringServiceImpl scoring;
    private EvaluationServiceImpl evaluation;
    private AuditLogImpl audit;
    private int nextId = 700;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中"));
        campaigns = TestCampaigns.registry("2023-08-14", 2023);
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, store, campaigns);
        contents = TestServices.fileContents(jpa, store);
        audit = new AuditLogImpl(jpa);
        scoring = new ScoringServiceImpl(jpa, store, audit, campaigns);
        evaluation = new EvaluationServiceImpl(jpa, scoring, audit);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private Applicant applicant(String employer) {
        return applicants.register(new NewApplicant("参评人" + nextId, ResidentIdNumber.completing("65290119800101" + nextId++),
                employer, Tier.COUNTY_CITY, ""), TESTER);
    }

    private Application file(Applicant applicant, TitleLevel level) {
        return TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(applicant.id(), 2023, "water",
                "水利专业", level, Channel.A_PREFECTURE_DIRECTED));
    }

    /** Every item at the given share of its points. */
    private void score(long applicationId, String expert, String share) {
        ScoringStandard standard = scoring.standardFor(applicationId);
        Map<String, BigDecimal> points = new HashMap<>();
        for (ScoringItem item : standard.items()) {
            if (item.computed()) {
                continue; // the platform gives those from the file's seniority
            }
            points.put(item.id(), item.points().multiply(new BigDecimal(share)));
        }
        scoring.submitScoreSheet(applicationId, TestActors.expert(expert), points);
    }

    @Test
    void expertsWithAConflictOfInterestAreNotAssigned() {
        Applicant applicant = applicant("库车市水利局");
        Application file = file(applicant, TitleLevel.INTERMEDIATE);
        evaluation.registerExpert(new Expert("colleague", "同事专家", "库车市水利局", Set.of("water"), Set.of()), COMMITTEE_OFFICE);
        evaluation.registerExpert(new Expert("relative", "亲属专家", "地区水利局", Set.of("water"), Set.of(applicant.id())),
                COMMITTEE_OFFICE);
        evaluation.registerExpert(new Expert("forester", "林业专家", "地区林草局", Set.of("forestry"), Set.of()), COMMITTEE_OFFICE);
        evaluation.registerExpert(new Expert("fair", "回避无关专家", "新疆农业大学", Set.of("water"), Set.of()), COMMITTEE_OFFICE);

        assertEquals("CONFLICT_SAME_EMPLOYER", refusal(() -> evaluation.assignExperts(file.id(), List.of("colleague"), OFFICE)));
        assertEquals("CONFLICT_DECLARED_RELATION",
                refusal(() -> evaluation.assignExperts(file.id(), List.of("relative"), OFFICE)));
        assertEquals("EXPERT_NOT_IN_SERIES", refusal(() -> evaluation.assignExperts(file.id(), List.of("forester"), OFFICE)));
        // a list with one conflicted expert assigns nobody
        assertEquals("CONFLICT_SAME_EMPLOYER",
                refusal(() -> evaluation.assignExperts(file.id(), List.of("fair", "colleague"), OFFICE)));
        assertTrue(evaluation.assignedExperts(file.id(), TESTER).isEmpty());
        assertEquals(List.of("fair"),
                evaluation.assignExperts(file.id(), List.of("fair"), OFFICE).stream().map(Expert::id).toList());
    }

    @Test
    void anExpertSeesOnlyAnonymisedFilesAssignedToThem_R17() {
        Applicant applicant = applicant("沙雅县水利局");
        Application file = file(applicant, TitleLevel.INTERMEDIATE);
        TestFiles.assign(evaluation, file.id(), "water", "blind-1");
        AnonymisedFile seen = evaluation.anonymisedFile(file.id(), TestActors.expert("blind-1"));
        assertTrue(seen.blindCode().startsWith("MP-2023-"));
        String shown = seen.toString();
        assertFalse(shown.contains(applicant.fullName()), shown);
        assertFalse(shown.contains("沙雅县水利局"), shown);
        assertFalse(shown.contains(applicant.maskedIdNumber().substring(0, 6) + "1980"), shown);
        assertEquals(List.of(seen), evaluation.filesFor("blind-1", TestActors.expert("blind-1")));
        evaluation.registerExpert(new Expert("other", "其他专家", "新疆大学", Set.of("water"), Set.of()), COMMITTEE_OFFICE);
        assertEquals("NOT_ASSIGNED", refusal(() -> evaluation.anonymisedFile(file.id(), TestActors.expert("other"))));
    }

    @Test
    void seniorFilesDefendAndExemptOnesTakeTheSpecialtysMean_R22_R23() {
        Application defended1 = file(applicant("阿克苏地区水利局"), TitleLevel.SENIOR_ASSOCIATE);
        Application defended2 = file(applicant("温宿县水利局"), TitleLevel.SENIOR_ASSOCIATE);
        Application exempt = file(applicant("乌什县水利局"), TitleLevel.SENIOR_ASSOCIATE);
        Application intermediate = file(applicant("柯坪县水利局"), TitleLevel.INTERMEDIATE);

        evaluation.recordDefenseScore(defended1.id(), new BigDecimal("80"), DEFENSE_PANEL);
        evaluation.recordDefenseScore(defended2.id(), new BigDecimal("91"), DEFENSE_PANEL);
        evaluation.exemptFromDefense(exempt.id(), DefenseExemption.VILLAGE_WORK_TEAM, COMMITTEE_OFFICE);
        assertEquals(new BigDecimal("85.50"), evaluation.defenseScore(exempt.id(), TESTER).orElseThrow());
        assertEquals("NO_DEFENSE", refusal(() -> evaluation.recordDefenseScore(intermediate.id(), BigDecimal.TEN, PANEL)));
        assertEquals("INVALID_INPUT", refusal(() -> evaluation.recordDefenseScore(defended1.id(), new BigDecimal("101"), PANEL)));
        assertTrue(audit.entries("application:" + exempt.id()).stream().anyMatch(e -> e.action().equals("DEFENSE_EXEMPTED")
                && e.detail().contains("访惠聚驻村工作队")));
    }

    @Test
    void theSeniorPassRateCapsApprovedFilesBestScoresFirst_R34() {
        List<Application> files = List.of(file(applicant("单位一"), TitleLevel.SENIOR_ASSOCIATE),
                file(applicant("单位二"), TitleLevel.SENIOR_ASSOCIATE), file(applicant("单位三"), TitleLevel.SENIOR_ASSOCIATE),
                file(applicant("单位四"), TitleLevel.SENIOR_ASSOCIATE));
        String[] shares = {"0.7", "0.9", "0.8", "0.6"};
        Map<Long, Boolean> votes = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            long id = files.get(i).id();
            TestFiles.assign(evaluation, id, "water", "senior-a", "senior-b");
            score(id, "senior-a", shares[i]);
            score(id, "senior-b", shares[i]);
            evaluation.recordDefenseScore(id, new BigDecimal("75"), DEFENSE_PANEL);
            votes.put(id, i != 3); // the committee votes against the last
        }
        assertEquals("VOTE_MISSING", refusal(() -> evaluation.decide("water", 2023, Grade.SENIOR, new BigDecimal("0.5"),
                Map.of(files.get(0).id(), true), COMMITTEE)));

        CommitteeResult result = evaluation.decide("water", 2023, Grade.SENIOR, new BigDecimal("0.5"), votes, COMMITTEE);
        assertEquals(4, result.candidates());
        assertEquals(2, result.passLimit(), "50% of 4");
        assertEquals(List.of(files.get(1).id(), files.get(2).id(), files.get(0).id(), files.get(3).id()),
                result.ranking().stream().map(CommitteeResult.Ranked::applicationId).toList(), "best expert score first");
        assertEquals(ApplicationStatus.PASSED, status(files.get(1)));
        assertEquals(ApplicationStatus.PASSED, status(files.get(2)));
        assertEquals(ApplicationStatus.FAILED, status(files.get(0)), "approved, but beyond the pass rate");
        assertEquals(ApplicationStatus.FAILED, status(files.get(3)));
        assertTrue(applications.history(files.get(0).id(), TESTER).stream().anyMatch(c -> c.reason().equals("表决同意但超出通过率（R-34）")));
        assertTrue(audit.verify().intact());

        // the results published after the meeting: the two who passed, with name and employer
        List<PublishedResult> published = evaluation.publishedResults("water", 2023);
        assertEquals(List.of(files.get(1).id(), files.get(2).id()),
                published.stream().map(PublishedResult::applicationId).sorted().toList());
        assertTrue(published.stream().anyMatch(r -> r.employer().equals("单位二")));
    }

    @Test
    void intermediateCommitteesHaveNoPassRate_R34() {
        Application first = file(applicant("单位五"), TitleLevel.INTERMEDIATE);
        Application second = file(applicant("单位六"), TitleLevel.INTERMEDIATE);
        for (Application file : List.of(first, second)) {
            TestFiles.assign(evaluation, file.id(), "water", "mid-a");
            score(file.id(), "mid-a", "0.6");
        }
        CommitteeResult result = evaluation.decide("water", 2023, Grade.INTERMEDIATE, null,
                Map.of(first.id(), true, second.id(), true), COMMITTEE);
        assertNull(result.passRate());
        assertEquals(2, result.passLimit());
        assertEquals(ApplicationStatus.PASSED, status(first));
        assertEquals(ApplicationStatus.PASSED, status(second));
        assertEquals("INVALID_PASS_RATE",
                refusal(() -> evaluation.decide("water", 2023, Grade.SENIOR, null, Map.of(), COMMITTEE)));
    }

    private ApplicationStatus status(Application file) {
        return applications.find(file.id(), TESTER).orElseThrow().status();
    }

    private static String refusal(Runnable action) {
        return assertThrows(ZhichengException.class, action::run).code();
    }
}
