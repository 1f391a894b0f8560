package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.BallotPaper;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.meeting.Recusal;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.evaluation.MeetingServiceImpl;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * The committee meeting under the national provisional regulations (MOHRSS order No. 40): membership, quorum, recusal,
 * secret ballot, two thirds, the pass rate after the ballot, signed and audited minutes. Real Derby,
 * files driven through the real chain.
 */
class MeetingServiceTest {

    /** Two specialty committees (rows 4 and 70): each is built for a single specialty. */
    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\" annexRow=\"4\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>",
            "<specialty name=\"水土保持专业\" annexRow=\"70\"><committee levels=\"副高\" unit=\"地区水土保持站\" phone=\"0997-2129002\"/></specialty>");
    /** One committee for the whole series. */
    private static final String FOREST = TestDescriptors.series("forest", "林业系列",
            "<specialty name=\"林业专业\" annexRow=\"1\"><committee levels=\"副高\" unit=\"地区林业和草原局\" phone=\"0997-6797234\"/></specialty>");
    private static final String ROW4 = "water.4";
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("water-office", Set.of("water")));
    private static final Actor OTHER_OFFICE = CoreActors.issue(Actor.committeeOffice("forest-office", Set.of("forest")));
    private static final LocalDate DAY = LocalDate.of(2023, 9, 20);
    /** The unit of candidates some members work at. */
    private static final String MEMBERS_UNIT = "库车市水利局";

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private TestCareers applicants;
    private ApplicationServiceImpl applications;
    private FileContentServiceImpl contents;
    private ScoringServiceImpl scoring;
    private EvaluationServiceImpl evaluation;
    private AuditLogImpl audit;
    private SeriesStore store;
    private MeetingService meetings;
    private int nextId = 800;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中"));
        TestDescriptors.declare(store, FOREST, List.of("高"));
        campaigns = TestCampaigns.registry("2023-08-14", 2023);
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, store, campaigns);
        contents = TestServices.fileContents(jpa, store);
        audit = new AuditLogImpl(jpa);
        scoring = new ScoringServiceImpl(jpa, store, audit, campaigns);
        evaluation = new EvaluationServiceImpl(jpa, scoring, audit, store);
        meetings = meetings(Map.of());
    }

    private MeetingServiceImpl meetings(Map<String, Object> configuration) {
        return new MeetingServiceImpl(jpa, audit, store, campaigns,
                TestCampaigns.configuration(MeetingServiceImpl.Configuration.class, configuration));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    // ---- helpers

    /** Experts m01..mNN of the series' pool; the first {@code atMembersUnit} work at {@link #MEMBERS_UNIT}. */
    private List<String> pool(String series, int count, int atMembersUnit) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = series.charAt(0) + "%02d".formatted(i);
            evaluation.registerExpert(new Expert(id, "委员" + id, i <= atMembersUnit ? MEMBERS_UNIT : "新疆农业大学",
                    Set.of(series), Set.of()), COMMITTEE_OFFICE);
            ids.add(id);
        }
        return ids;
    }

    /** The first is the chair, the second a vice-chair; 副高 titles, a three-year term around the meeting. */
    private static List<Appointment> appointments(List<String> ids) {
        List<Appointment> list = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            list.add(new Appointment(ids.get(i), TitleLevel.SENIOR_ASSOCIATE,
                    i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER,
                    LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
        }
        return list;
    }

    private Application file(String employer, TitleLevel level, String share, String defense) {
        var applicant = applicants.register(new NewApplicant("参评人" + nextId, ResidentIdNumber.completing("65290119800101"
                + nextId++), employer, Tier.COUNTY_CITY, ""), TESTER);
        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(
                applicant.id(), 2023, "water", "水利专业", level, Channel.A_PREFECTURE_DIRECTED));
        TestFiles.assign(evaluation, file.id(), "water", "scorer");
        TestFiles.score(scoring, file.id(), "scorer", share);
        if (defense != null) {
            evaluation.recordDefenseScore(file.id(), new BigDecimal(defense), COMMITTEE_OFFICE);
        }
        return file;
    }

    /** A meeting of row 4 on 09-20, opened that day with the given members present. */
    private Meeting openMeeting(Grade grade, Set<String> present) {
        Meeting scheduled = meetings.schedule(ROW4, 2023, grade, DAY, "地区水利局三楼会议室", OFFICE);
        TestCampaigns.setToday(campaigns, DAY.toString());
        return meetings.open(scheduled.id(), present, OFFICE);
    }

    private void votes(long meetingId, long applicationId, List<String> members, BallotChoice choice) {
        members.forEach(m -> meetings.vote(meetingId, applicationId, choice, TestActors.expert(m)));
    }

    private ApplicationStatus status(Application file) {
        return applications.find(file.id(), TESTER).orElseThrow().status();
    }

    private static String refusal(Runnable call) {
        return assertThrows(ZhichengException.class, call::run).code();
    }

    private static ZhichengException refused(Supplier<?> call) {
        return assertThrows(ZhichengException.class, call::get);
    }

    // ---- membership

    @Test
    void appointmentsAreOddLargeEnoughSeniorEnoughAndForAtMostThreeYears() {
        List<String> water = pool("water", 13, 0);
        List<String> forest = pool("forest", 25, 0);
        ZhichengException even = refused(() -> meetings.appoint(ROW4, appointments(water.subList(0, 12)), OFFICE));
        assertEquals("MEMBERS_EVEN", even.code());
        assertEquals("评审委员会组成人员须为单数，现为12人", even.chineseMessage());
        // a single-specialty senior committee: 11 at least; the series' only committee: 25 at least
        ZhichengException small = refused(() -> meetings.appoint(ROW4, appointments(water.subList(0, 9)), OFFICE));
        assertEquals("COMMITTEE_TOO_SMALL", small.code());
        assertEquals("按专业组建的高级职称评审委员会不少于11人，现为9人", small.chineseMessage());
        ZhichengException seriesSmall = refused(() -> meetings.appoint("forest.1", appointments(forest.subList(0, 23)), OTHER_OFFICE));
        assertEquals("高级职称评审委员会不少于25人，现为23人", seriesSmall.chineseMessage());
        assertEquals(25, meetings.appoint("forest.1", appointments(forest), OTHER_OFFICE).size());
        // titles at least the committee's top level (副高 here): an intermediate title is refused
        List<Appointment> lowTitle = new ArrayList<>(appointments(water.subList(0, 11)));
        Appointment last = lowTitle.remove(10);
        lowTitle.add(new Appointment(last.expertId(), TitleLevel.INTERMEDIATE, MemberRole.MEMBER, last.termStart(), last.termEnd()));
        ZhichengException title = refused(() -> meetings.appoint(ROW4, lowTitle, OFFICE));
        assertEquals("MEMBER_TITLE_TOO_LOW", title.code());
        assertEquals("委员委员w11的职称为中级，低于本委员会评审的副高，不能担任委员", title.chineseMessage());
        // a term of more than three years
        List<Appointment> longTerm = new ArrayList<>(appointments(water.subList(0, 11)));
        longTerm.set(10, new Appointment(last.expertId(), TitleLevel.SENIOR_FULL, MemberRole.MEMBER, LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 1, 2)));
        assertEquals("TERM_TOO_LONG", refusal(() -> meetings.appoint(ROW4, longTerm, OFFICE)));
        // no chair; an expert of another series' pool; the other series' office
        List<Appointment> noChair = appointments(water.subList(0, 11)).stream().map(a -> new Appointment(a.expertId(), a.title(),
                MemberRole.VICE_CHAIR, a.termStart(), a.termEnd())).toList();
        assertEquals("NO_CHAIR", refusal(() -> meetings.appoint(ROW4, noChair, OFFICE)));
        List<Appointment> stranger = new ArrayList<>(appointments(water.subList(0, 10)));
        stranger.addAll(appointments(List.of("f01")).stream().map(a -> new Appointment(a.expertId(), a.title(), MemberRole.MEMBER,
                a.termStart(), a.termEnd())).toList());
        assertEquals("MEMBER_NOT_IN_POOL", refusal(() -> meetings.appoint(ROW4, stranger, OFFICE)));
        assertEquals("FORBIDDEN", refusal(() -> meetings.appoint(ROW4, appointments(water.subList(0, 11)), OTHER_OFFICE)));
        assertTrue(meetings.members(ROW4, OFFICE).isEmpty(), "every refusal appointed nobody");

        assertEquals(11, meetings.appoint(ROW4, appointments(water.subList(0, 11)), OFFICE).size());
        assertEquals(MemberRole.CHAIR, meetings.members(ROW4, OFFICE).get(0).role());
        // the numbers are configuration: a smaller specialty minimum lets nine serve
        MeetingServiceImpl configured = meetings(Map.of("specialtyMinimum", 9));
        assertEquals(9, configured.appoint(ROW4, appointments(water.subList(0, 9)), OFFICE).size());
        assertTrue(audit.entries("committee:" + ROW4).stream().anyMatch(e -> e.action().equals("COMMITTEE_APPOINTED")));
    }

    @Test
    void theOfficePicksMembersFromItsSeriesPoolOnly() {
        List<String> water = pool("water", 3, 0);
        pool("forest", 2, 0);
        assertEquals(water, meetings.pool(ROW4, OFFICE).stream().map(Expert::id).toList(), "the water pool, not the forest one");
        assertEquals("FORBIDDEN", refusal(() -> meetings.pool(ROW4, OTHER_OFFICE)));
        assertEquals("FORBIDDEN", refusal(() -> meetings.pool(ROW4, TestActors.expert(water.get(0)))));
    }

    // ---- quorum

    @Test
    void aMeetingWithoutTwoThirdsOfTheMembersDoesNotOpen() {
        List<String> members = pool("water", 25, 0);
        meetings.appoint(ROW4, appointments(members), OFFICE);
        file("单位一", TitleLevel.INTERMEDIATE, "0.8", null);
        Meeting scheduled = meetings.schedule(ROW4, 2023, Grade.INTERMEDIATE, DAY, "视频会议室 https://meet.example/row4", OFFICE);
        TestCampaigns.setToday(campaigns, DAY.toString());
        ZhichengException quorum = refused(() -> meetings.open(scheduled.id(), new HashSet<>(members.subList(0, 16)), OFFICE));
        assertEquals("NO_QUORUM", quorum.code());
        assertEquals("出席委员16人，不足全体委员25人的三分之二（至少17人），会议不能召开", quorum.chineseMessage());
        assertEquals(MeetingStatus.SCHEDULED, meetings.meeting(scheduled.id(), OFFICE).status(), "nothing changed");
        assertEquals("NOT_A_MEMBER", refusal(() -> meetings.open(scheduled.id(), Set.of("stranger"), OFFICE)));
        Meeting opened = meetings.open(scheduled.id(), new HashSet<>(members.subList(0, 17)), OFFICE);
        assertEquals(MeetingStatus.OPEN, opened.status());
        assertEquals(25, opened.members());
        // an absent member cannot vote, by proxy or afterwards
        assertEquals("NOT_PRESENT", refusal(() -> meetings.vote(scheduled.id(), opened.candidates().get(0), BallotChoice.YES,
                TestActors.expert(members.get(24)))));
    }

    // ---- the ballot: two thirds of the eligible, abstentions, recusal, one ballot each

    @Test
    void twoThirdsOfThoseWhoCanVoteAtItsEdgesWithRecusalsAndAbstentions() {
        List<String> members = pool("water", 25, 1); // w01 works at the unit of the last candidate
        meetings.appoint(ROW4, appointments(members), OFFICE);
        Application sixteen = file("单位一", TitleLevel.INTERMEDIATE, "0.8", null);
        Application fifteen = file("单位二", TitleLevel.INTERMEDIATE, "0.8", null);
        Application abstained = file("单位三", TitleLevel.INTERMEDIATE, "0.8", null);
        Application recusedFrom = file(MEMBERS_UNIT, TitleLevel.INTERMEDIATE, "0.8", null);
        List<String> present = members.subList(0, 24); // 24 present: the 25th is absent
        Meeting meeting = openMeeting(Grade.INTERMEDIATE, new HashSet<>(present));
        long id = meeting.id();
        // derived: w01 works at the candidate's unit
        assertEquals(List.of(new Recusal("w01", recusedFrom.id(), "专家委员w01与申报人同一单位，须回避", true)), meeting.recusals());
        assertEquals("RECUSED", refusal(() -> meetings.vote(id, recusedFrom.id(), BallotChoice.YES, TestActors.expert("w01"))));
        // declared: w02 withdraws from the same candidate (a relative); not after voting on it
        meetings.declareRecusal(id, "w02", recusedFrom.id(), "申报人系本人亲属", TestActors.expert("w02"));
        assertEquals("RECUSED", refusal(() -> meetings.vote(id, recusedFrom.id(), BallotChoice.NO, TestActors.expert("w02"))));
        meetings.vote(id, sixteen.id(), BallotChoice.YES, TestActors.expert("w03"));
        assertEquals("ALREADY_VOTED", refusal(() -> meetings.declareRecusal(id, "w03", sixteen.id(), "迟到的回避", OFFICE)));
        BallotPaper paper = meetings.ballot(id, TestActors.expert("w02"));
        assertTrue(paper.lines().stream().anyMatch(l -> l.applicationId() == recusedFrom.id() && l.recused()));
        assertTrue(paper.lines().stream().allMatch(l -> l.blindCode().startsWith("MP-2023-")), "anonymised (R-17)");

        // 24 eligible: 16 yes pass (16 * 3 = 48 = 24 * 2), 15 yes fail
        votes(id, sixteen.id(), present.subList(3, 18), BallotChoice.YES); // with w03: 16
        votes(id, sixteen.id(), present.subList(18, 24), BallotChoice.NO);
        votes(id, sixteen.id(), present.subList(0, 2), BallotChoice.NO);
        votes(id, fifteen.id(), present.subList(0, 15), BallotChoice.YES);
        votes(id, fifteen.id(), present.subList(15, 24), BallotChoice.NO);
        // abstaining is not yes: 15 yes and 9 abstentions fail
        votes(id, abstained.id(), present.subList(0, 15), BallotChoice.YES);
        votes(id, abstained.id(), present.subList(15, 24), BallotChoice.ABSTAIN);
        // 22 can vote on the recused-from candidate: 15 yes pass (45 >= 44), a 2/3 of 24 would have failed it
        votes(id, recusedFrom.id(), present.subList(2, 17), BallotChoice.YES);
        // a ballot is final: no second one, and the counts did not move
        assertEquals("ALREADY_VOTED", refusal(() -> meetings.vote(id, sixteen.id(), BallotChoice.NO, TestActors.expert("w04"))));
        assertTrue(meetings.ballot(id, TestActors.expert("w04")).lines().stream()
                .filter(l -> l.applicationId() == sixteen.id()).allMatch(BallotPaper.Line::voted));
        assertEquals("FORBIDDEN", refusal(() -> meetings.close(id, null, OTHER_OFFICE)));
        assertEquals("PASS_RATE_NOT_APPLICABLE", refusal(() -> meetings.close(id, new BigDecimal("0.5"), OFFICE)));

        Minutes minutes = meetings.close(id, null, OFFICE);
        Map<Long, Minutes.Tally> tallies = new java.util.HashMap<>();
        minutes.tallies().forEach(t -> tallies.put(t.applicationId(), t));
        assertEquals(List.of(24, 16, 8, 0), counts(tallies.get(sixteen.id())));
        assertTrue(tallies.get(sixteen.id()).passedBallot());
        assertEquals(List.of(24, 15, 9, 0), counts(tallies.get(fifteen.id())));
        assertFalse(tallies.get(fifteen.id()).passedBallot());
        assertFalse(tallies.get(abstained.id()).passedBallot());
        assertEquals(9, tallies.get(abstained.id()).abstain());
        assertEquals(List.of(22, 15, 0, 0), counts(tallies.get(recusedFrom.id())));
        assertEquals(7, tallies.get(recusedFrom.id()).notVoted());
        assertTrue(tallies.get(recusedFrom.id()).passedBallot());
        assertEquals("MEETING_STATUS", refusal(() -> meetings.vote(id, abstained.id(), BallotChoice.YES, TestActors.expert("w24"))));

        // the chair signs: files move through the workflow table's PASS and FAIL rows; audited. Three files between
        // two flushes, so that the four cross one (issue 16: a signing empties its transaction every so many files)
        ((MeetingServiceImpl) meetings).flushSigningEvery(3);
        assertEquals("NOT_PRESIDING", refusal(() -> meetings.sign(id, List.of(), TestActors.expert("w05"))));
        assertEquals("FORBIDDEN", refusal(() -> meetings.sign(id, List.of(), OFFICE)));
        Minutes signed = meetings.sign(id, List.of(), TestActors.expert("w01"));
        assertEquals(MeetingStatus.SIGNED, signed.meeting().status());
        assertEquals("w01", signed.signedBy());
        assertEquals(ApplicationStatus.PASSED, status(sixteen));
        assertEquals(ApplicationStatus.FAILED, status(fifteen));
        assertEquals(ApplicationStatus.FAILED, status(abstained));
        assertEquals(ApplicationStatus.PASSED, status(recusedFrom));
        assertEquals("MEETING_STATUS", refusal(() -> meetings.sign(id, List.of(), TestActors.expert("w01"))));
        String minutesText = audit.entries("meeting:" + id).stream().filter(e -> e.action().equals("MINUTES_SIGNED"))
                .findFirst().orElseThrow().detail();
        assertTrue(minutesText.contains("应到25人，实到24人") && minutesText.contains("w01回避" + recusedFrom.id())
                && minutesText.contains(sixteen.id() + "：同意16，不同意8，弃权0，未投0，通过"), minutesText);
        assertTrue(audit.verify().intact());
    }

    /** Issue 16 item 1: cast is vote answered with its own line; the checks and the count are the same. */
    @Test
    void aCastBallotIsCheckedAndCountedAsAVoteAndAnswersWithItsLine_R34() {
        List<String> members = pool("water", 11, 1); // w01 works at the candidate's unit: recused
        meetings.appoint(ROW4, appointments(members), OFFICE);
        Application file = file(MEMBERS_UNIT, TitleLevel.INTERMEDIATE, "0.8", null);
        Application other = file("单位二", TitleLevel.INTERMEDIATE, "0.8", null);
        long id = openMeeting(Grade.INTERMEDIATE, new HashSet<>(members.subList(0, 10))).id(); // w11 absent
        assertEquals("FORBIDDEN", refusal(() -> meetings.cast(id, file.id(), BallotChoice.YES, OFFICE)));
        assertEquals("RECUSED", refusal(() -> meetings.cast(id, file.id(), BallotChoice.YES, TestActors.expert("w01"))));
        assertEquals("NOT_PRESENT", refusal(() -> meetings.cast(id, file.id(), BallotChoice.YES, TestActors.expert("w11"))));
        assertEquals("INVALID_INPUT", refusal(() -> meetings.cast(id, file.id(), null, TestActors.expert("w02"))));

        BallotPaper.Line line = meetings.cast(id, file.id(), BallotChoice.YES, TestActors.expert("w02"));
        // the same line the member's paper now shows, nothing about anybody else's ballot
        BallotPaper.Line onPaper = meetings.ballot(id, TestActors.expert("w02")).lines().stream()
                .filter(l -> l.applicationId() == file.id()).findFirst().orElseThrow();
        assertEquals(onPaper, line);
        assertTrue(line.voted() && !line.recused());
        assertEquals("ALREADY_VOTED", refusal(() -> meetings.cast(id, file.id(), BallotChoice.NO, TestActors.expert("w02"))));
        assertEquals("ALREADY_VOTED", refusal(() -> meetings.vote(id, file.id(), BallotChoice.NO, TestActors.expert("w02"))));
        // 9 can vote on it (w01 recused): w02's cast and five votes are 6 yes, 18 >= 18 passes; refused calls counted nothing
        members.subList(2, 7).forEach(m -> meetings.cast(id, file.id(), BallotChoice.YES, TestActors.expert(m)));
        members.subList(7, 10).forEach(m -> meetings.vote(id, file.id(), BallotChoice.NO, TestActors.expert(m)));
        meetings.cast(id, other.id(), BallotChoice.ABSTAIN, TestActors.expert("w01"));
        Map<Long, Minutes.Tally> tallies = new java.util.HashMap<>();
        meetings.close(id, null, OFFICE).tallies().forEach(t -> tallies.put(t.applicationId(), t));
        assertEquals(List.of(9, 6, 3, 0), counts(tallies.get(file.id())));
        assertTrue(tallies.get(file.id()).passedBallot());
        assertEquals(List.of(10, 0, 0, 1), counts(tallies.get(other.id())));
        assertEquals("MEETING_STATUS", refusal(() -> meetings.cast(id, other.id(), BallotChoice.YES, TestActors.expert("w03"))));
    }

    private static List<Integer> counts(Minutes.Tally tally) {
        return List.of(tally.eligible(), tally.yes(), tally.no(), tally.abstain());
    }

    // ---- the pass rate after the ballot, and a tie at its edge

    @Test
    void theSeniorPassRateCapsThoseWhoPassedTheBallotBestScoresFirst_R34() {
        List<String> members = pool("water", 11, 0);
        meetings.appoint(ROW4, appointments(members), OFFICE);
        Application best = file("单位一", TitleLevel.SENIOR_ASSOCIATE, "0.9", "80");
        Application second = file("单位二", TitleLevel.SENIOR_ASSOCIATE, "0.8", "80");
        Application third = file("单位三", TitleLevel.SENIOR_ASSOCIATE, "0.7", "80");
        Application fourth = file("单位四", TitleLevel.SENIOR_ASSOCIATE, "0.6", "80");
        Meeting meeting = openMeeting(Grade.SENIOR, new HashSet<>(members));
        long id = meeting.id();
        votes(id, best.id(), members.subList(0, 7), BallotChoice.YES); // 7 of 11: below two thirds
        for (Application passer : List.of(second, third, fourth)) {
            votes(id, passer.id(), members.subList(0, 8), BallotChoice.YES); // 8 of 11: two thirds
        }
        assertEquals("INVALID_PASS_RATE", refusal(() -> meetings.close(id, null, OFFICE)));
        Minutes minutes = meetings.close(id, new BigDecimal("0.5"), OFFICE); // 2 of 4 at most
        assertEquals(2, minutes.passLimit());
        assertTrue(minutes.tiedAtCap().isEmpty());
        meetings.sign(id, List.of(), TestActors.expert("w02")); // the vice-chair presides
        assertEquals(ApplicationStatus.FAILED, status(best), "the best scores do not pass without the ballot");
        assertEquals(ApplicationStatus.PASSED, status(second));
        assertEquals(ApplicationStatus.PASSED, status(third));
        assertEquals(ApplicationStatus.FAILED, status(fourth), "passed the ballot, beyond the pass rate");
        assertTrue(applications.history(fourth.id(), TESTER).stream().anyMatch(c -> c.reason().equals("表决同意但超出通过率（R-34）")));
    }

    @Test
    void aTieAtThePassRatesEdgeGoesToTheChairNotBrokenSilently_R34() {
        List<String> members = pool("water", 11, 0);
        meetings.appoint(ROW4, appointments(members), OFFICE);
        Application best = file("单位一", TitleLevel.SENIOR_ASSOCIATE, "0.9", "80");
        Application tiedA = file("单位二", TitleLevel.SENIOR_ASSOCIATE, "0.8", "85");
        Application tiedB = file("单位三", TitleLevel.SENIOR_ASSOCIATE, "0.8", "85");
        Application failed = file("单位四", TitleLevel.SENIOR_ASSOCIATE, "0.95", "90");
        Meeting meeting = openMeeting(Grade.SENIOR, new HashSet<>(members));
        long id = meeting.id();
        for (Application passer : List.of(best, tiedA, tiedB)) {
            votes(id, passer.id(), members, BallotChoice.YES);
        }
        votes(id, failed.id(), members, BallotChoice.NO);
        Minutes minutes = meetings.close(id, new BigDecimal("0.5"), OFFICE); // 2 seats: best, then one of the tied
        assertEquals(List.of(tiedA.id(), tiedB.id()), minutes.tiedAtCap());
        assertEquals(1, minutes.seatsForTied());
        assertTrue(minutes.tallies().stream().filter(t -> minutes.tiedAtCap().contains(t.applicationId()))
                .allMatch(t -> t.passed() == null), "undecided until the chair signs");
        ZhichengException unresolved = refused(() -> meetings.sign(id, List.of(), TestActors.expert("w01")));
        assertEquals("TIE_UNRESOLVED", unresolved.code());
        assertTrue(unresolved.chineseMessage().startsWith("通过率上限处有2名申报人排名并列"), unresolved.chineseMessage());
        assertEquals("TIE_UNRESOLVED", refusal(() -> meetings.sign(id, List.of(tiedA.id(), tiedB.id()), TestActors.expert("w01"))));
        assertEquals("TIE_UNRESOLVED", refusal(() -> meetings.sign(id, List.of(best.id()), TestActors.expert("w01"))));
        assertEquals(ApplicationStatus.UNDER_EVALUATION, status(tiedA), "nothing moved");
        Minutes signed = meetings.sign(id, List.of(tiedB.id()), TestActors.expert("w01"));
        assertEquals(ApplicationStatus.PASSED, status(best));
        assertEquals(ApplicationStatus.PASSED, status(tiedB));
        assertEquals(ApplicationStatus.FAILED, status(tiedA));
        assertEquals(ApplicationStatus.FAILED, status(failed));
        assertNull(meetings.minutes(id, OFFICE).tallies().stream().filter(t -> t.passed() == null).findAny().orElse(null));
        assertEquals(MeetingStatus.SIGNED, signed.meeting().status());
    }

    // ---- secrecy: nobody, the office included, can read who voted how

    @Test
    void noCallAndNoTableLinksAMemberToAVote() {
        // the API: no type any MeetingService call returns carries a ballot choice
        Set<Type> seen = new LinkedHashSet<>();
        for (Method method : MeetingService.class.getMethods()) {
            collect(method.getGenericReturnType(), seen);
        }
        assertTrue(seen.contains(Minutes.Tally.class), "the walk reaches the minutes' tallies: " + seen);
        assertFalse(seen.contains(BallotChoice.class), "a returned type carries a ballot choice: " + seen);
        // the storage: the table with a member per candidate holds no choice; the tables with counts hold no member
        Map<String, Set<String>> columns = columns();
        assertEquals(Set.of("ID", "MEETING_ID", "EXPERT_ID", "APPLICATION_ID"), columns.get("ZC_BALLOT_CAST"));
        assertTrue(columns.get("ZC_MEETING_CANDIDATE").containsAll(Set.of("YES_COUNT", "NO_COUNT", "ABSTAIN_COUNT")));
        columns.forEach((table, names) -> assertFalse(names.stream().anyMatch(n -> n.endsWith("EXPERT_ID") || n.endsWith("MEMBER_ID"))
                && names.stream().anyMatch(n -> n.contains("CHOICE") || n.contains("VOTE") || n.contains("YES")),
                table + " links a member to a vote: " + names));
        // the office reads the ballot of nobody
        List<String> members = pool("water", 11, 0);
        meetings.appoint(ROW4, appointments(members), OFFICE);
        file("单位一", TitleLevel.INTERMEDIATE, "0.8", null);
        Meeting meeting = openMeeting(Grade.INTERMEDIATE, new HashSet<>(members));
        assertEquals("FORBIDDEN", refusal(() -> meetings.ballot(meeting.id(), OFFICE)));
        assertEquals("FORBIDDEN", refusal(() -> meetings.vote(meeting.id(), meeting.candidates().get(0), BallotChoice.YES, OFFICE)));
        assertEquals("NOT_A_MEMBER", refusal(() -> meetings.ballot(meeting.id(), TestActors.expert("scorer"))));
    }

    private static void collect(Type type, Set<Type> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen);
            }
            collect(parameterized.getRawType(), seen);
        } else if (type instanceof Class<?> cls && seen.add(cls) && cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                collect(component.getGenericType(), seen);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Set<String>> columns() {
        List<Object[]> rows = jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Required, em -> em.createNativeQuery(
                "SELECT t.TABLENAME, c.COLUMNNAME FROM SYS.SYSTABLES t JOIN SYS.SYSCOLUMNS c ON c.REFERENCEID = t.TABLEID"
                        + " WHERE t.TABLENAME LIKE 'ZC_%'").getResultList());
        Map<String, Set<String>> columns = new java.util.TreeMap<>();
        rows.forEach(row -> columns.computeIfAbsent((String) row[0], t -> new java.util.TreeSet<>()).add((String) row[1]));
        assertTrue(IntStream.of(columns.size()).allMatch(n -> n > 10), "the schema is read: " + columns.keySet());
        return columns;
    }
}
