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
import java.time.LocalDate;
import java.util.HashMap;
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
import org.zhicheng.api.evaluation.AnonymisedFile;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.evaluation.MeetingServiceImpl;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.testfixtures.CommitteeMeeting;

/** The committee's evaluation on a real Derby database, files driven through the real chain. */
class EvaluationServiceImplTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\" annexRow=\"4\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>",
            "<specialty name=\"水土保持专业\" annexRow=\"70\"><committee levels=\"副高\" unit=\"地区水土保持站\" phone=\"0997-2129002\"/></specialty>");
    /** The committee of Annex 5 row 4 (水利专业); row 70 is another committee of the same series. */
    private static final String ROW4 = "water.4";

    private int nextId = 700;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中"));
    }

    private Applicant applicant(String employer) {
        return applicants.register(new NewApplicant("参评人" + nextId, ResidentIdNumber.completing("65290119800101" + nextId++),
                employer, Tier.COUNTY_CITY, ""), TESTER);
    }

    private Application file(Applicant applicant, TitleLevel level) {
        return file(applicant, "水利专业", level);
    }

    private Application file(Applicant applicant, String specialty, TitleLevel level) {
        return TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(applicant.id(), 2023, "water",
                specialty, level, Channel.A_PREFECTURE_DIRECTED));
    }

    /** Every item at the given share of its points. */
    private void score(long applicationId, String expert, String share) {
        TestFiles.score(scoring, applicationId, expert, share);
    }

    @Test
    void expertsWithAConflictOfInterestAreNotAssigned() throws Exception {
        TestDescriptors.declareForestry(store); // the forester's pool: an installed series (issue 15)
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
    void theSeniorPassRateCapsApprovedFilesBestScoresFirstInsideTheMeetingsWindow_R34_R10() {
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
        CommitteeMeeting committee = committee();
        // the committee meets inside the meetings window (09-15 .. 10-30), not during the review nor after it
        ZhichengException early = assertThrows(ZhichengException.class,
                () -> committee.decide(ROW4, 2023, Grade.SENIOR, new BigDecimal("0.5"), votes));
        assertEquals("MEETING_OUTSIDE_WINDOW", early.code());
        assertEquals("评审会议须在2023-09-15至2023-10-30之间召开，今天（平台日期2023-08-21）不在其中", early.chineseMessage());
        TestCampaigns.setToday(campaigns, "2023-10-31");
        assertEquals("MEETING_OUTSIDE_WINDOW", refusal(() -> committee.decide(ROW4, 2023, Grade.SENIOR,
                new BigDecimal("0.5"), votes)));
        assertTrue(files.stream().allMatch(f -> status(f) == ApplicationStatus.UNDER_EVALUATION), "nothing decided");
        meetingsOpen();

        Minutes minutes = committee.decide(ROW4, 2023, Grade.SENIOR, new BigDecimal("0.5"), votes);
        assertEquals(ROW4, minutes.meeting().committeeId());
        assertEquals(4, minutes.tallies().size());
        assertEquals(2, minutes.passLimit(), "50% of 4");
        assertEquals(ApplicationStatus.PASSED, status(files.get(1)), "best expert score first");
        assertEquals(ApplicationStatus.PASSED, status(files.get(2)));
        assertEquals(ApplicationStatus.FAILED, status(files.get(0)), "approved, but beyond the pass rate");
        assertEquals(ApplicationStatus.FAILED, status(files.get(3)));
        assertTrue(applications.history(files.get(0).id(), TESTER).stream().anyMatch(c -> c.reason().equals("表决同意但超出通过率（R-34）")));
        assertTrue(audit.verify().intact());

        // the results published after the meeting: the two who passed, with name and employer
        List<PublishedResult> published = evaluation.committeeResults(ROW4, 2023);
        assertTrue(published.stream().allMatch(r -> r.committeeId().equals(ROW4)));
        assertEquals(List.of(files.get(1).id(), files.get(2).id()),
                published.stream().map(PublishedResult::applicationId).sorted().toList());
        assertTrue(published.stream().anyMatch(r -> r.employer().equals("单位二")));
    }

    /** the meetings window's first day. */
    private void meetingsOpen() {
        TestCampaigns.setToday(campaigns, "2023-09-15");
    }

    /** The committee's meeting, held by its members (issue 14). */
    private CommitteeMeeting committee() {
        return new CommitteeMeeting(evaluation, meetings(), campaigns, COMMITTEE, COMMITTEE_OFFICE, TestActors::expert);
    }

    private MeetingService meetings() {
        return new MeetingServiceImpl(jpa, audit, store, campaigns,
                TestCampaigns.configuration(MeetingServiceImpl.Configuration.class, Map.of()));
    }

    @Test
    void intermediateCommitteesHaveNoPassRate_R34() {
        Application first = file(applicant("单位五"), TitleLevel.INTERMEDIATE);
        Application second = file(applicant("单位六"), TitleLevel.INTERMEDIATE);
        for (Application file : List.of(first, second)) {
            TestFiles.assign(evaluation, file.id(), "water", "mid-a");
            score(file.id(), "mid-a", "0.6");
        }
        meetingsOpen();
        // no cap for an intermediate meeting, every file the ballot passes passes (a rate given is refused:
        // MeetingServiceTest)
        Minutes minutes = committee().decide(ROW4, 2023, Grade.INTERMEDIATE, null, Map.of(first.id(), true, second.id(), true));
        assertNull(minutes.passRate());
        assertEquals(2, minutes.passLimit());
        assertEquals(ApplicationStatus.PASSED, status(first));
        assertEquals(ApplicationStatus.PASSED, status(second));
    }

    @Test
    void eachAnnex5RowHoldsItsOwnMeetingAndPublishesItsOwnResults_R34_R10_R35() {
        Application water = file(applicant("单位七"), TitleLevel.SENIOR_ASSOCIATE);
        Application soil = file(applicant("单位八"), "水土保持专业", TitleLevel.SENIOR_ASSOCIATE);
        for (Application file : List.of(water, soil)) {
            TestFiles.assign(evaluation, file.id(), "water", "row-a");
            score(file.id(), "row-a", "0.8");
            evaluation.recordDefenseScore(file.id(), new BigDecimal("80"), DEFENSE_PANEL);
        }
        meetingsOpen();
        CommitteeMeeting committee = committee();
        // row 4's meeting decides row 4's file only: the row 70 file waits for its own
        Minutes row4 = committee.decide(ROW4, 2023, Grade.SENIOR, BigDecimal.ONE, Map.of(water.id(), true));
        assertEquals(List.of(water.id()), row4.meeting().candidates());
        assertEquals(ApplicationStatus.UNDER_EVALUATION, status(soil));
        Minutes row70 = committee.decide("water.70", 2023, Grade.SENIOR, BigDecimal.ONE, Map.of(soil.id(), false));
        assertEquals(List.of(soil.id()), row70.meeting().candidates());
        assertEquals(ApplicationStatus.FAILED, status(soil));
        assertEquals(List.of(water.id()), evaluation.committeeResults(ROW4, 2023).stream().map(PublishedResult::applicationId).toList());
        assertTrue(evaluation.committeeResults("water.70", 2023).isEmpty());
        // a series code names no committee; the refusal says that committees are per specialty row
        LocalDate day = LocalDate.of(2023, 9, 20);
        ZhichengException series = assertThrows(ZhichengException.class,
                () -> meetings().schedule("water", 2023, Grade.SENIOR, day, "会议室", COMMITTEE));
        assertEquals("UNKNOWN_COMMITTEE", series.code());
        assertTrue(series.chineseMessage().contains("水利系列按专业设评审委员会") && series.chineseMessage().contains(ROW4),
                series.chineseMessage());
        // row 70 evaluates 副高 only: no intermediate meeting there
        assertEquals("GRADE_NOT_EVALUATED",
                refusal(() -> meetings().schedule("water.70", 2023, Grade.INTERMEDIATE, day, "会议室", COMMITTEE)));
    }

    @Test
    void anExemptFileTakesTheMeanOfItsOwnCommitteeOnly_R23() {
        Application water = file(applicant("单位九"), TitleLevel.SENIOR_ASSOCIATE);
        Application soil = file(applicant("单位十"), "水土保持专业", TitleLevel.SENIOR_ASSOCIATE);
        Application exempt = file(applicant("单位十一"), "水土保持专业", TitleLevel.SENIOR_ASSOCIATE);
        evaluation.recordDefenseScore(water.id(), new BigDecimal("60"), DEFENSE_PANEL);
        evaluation.recordDefenseScore(soil.id(), new BigDecimal("90"), DEFENSE_PANEL);
        evaluation.exemptFromDefense(exempt.id(), DefenseExemption.VILLAGE_WORK_TEAM, COMMITTEE_OFFICE);
        assertEquals(new BigDecimal("90.00"), evaluation.defenseScore(exempt.id(), TESTER).orElseThrow(),
                "the mean of row 70's scores, not the series' (60 and 90)");
    }

    private ApplicationStatus status(Application file) {
        return applications.find(file.id(), TESTER).orElseThrow().status();
    }

    private static String refusal(Runnable action) {
        return assertThrows(ZhichengException.class, action::run).code();
    }
}
