package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.OFFICE;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.DefenseAppointment;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.evaluation.DefenseScheduleEntry;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.evaluation.DefenseSchedulingImpl;
import org.zhicheng.core.internal.series.TestDescriptors;

/** The committee office's defense schedule (R-22, R-23) on a real Derby database, files driven through the real chain. */
class DefenseSchedulingImplTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    /** The platform's today after the files reach the committee (TestFiles): 2023-08-21. */
    private static final LocalDateTime MORNING = LocalDateTime.of(2023, 9, 12, 9, 0);

    private DefenseSchedulingImpl scheduling;
    private int nextId = 300;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中"));
        scheduling = new DefenseSchedulingImpl(jpa, campaigns, audit);
    }

    private Applicant applicant() {
        return applicants.register(new NewApplicant("答辩人" + nextId, ResidentIdNumber.completing("65290119800101" + nextId++),
                "地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
    }

    private Application file(Applicant applicant, TitleLevel level) {
        return TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(applicant.id(), 2023,
                "water", "水利专业", level, Channel.A_PREFECTURE_DIRECTED));
    }

    private Application seniorFile() {
        return file(applicant(), TitleLevel.SENIOR_ASSOCIATE);
    }

    @Test
    void seniorFilesAreBookedAndTheApplicantSeesTheirHearing_R22() {
        Applicant applicant = applicant();
        Application file = file(applicant, TitleLevel.SENIOR_ASSOCIATE);

        DefenseAppointment booked = scheduling.book(file.id(), new DefenseAppointment(MORNING.plusSeconds(42), 30,
                "  地区人社局三楼答辩室 ", false), OFFICE);

        assertEquals(new DefenseAppointment(MORNING, 30, "地区人社局三楼答辩室", false), booked);
        Actor self = CoreActors.issue(Actor.applicant("self", applicant.fullName(), applicant.id(), applicant.employer(), ""));
        assertEquals(booked, scheduling.appointment(file.id(), self).orElseThrow());
        Actor stranger = CoreActors.issue(Actor.applicant("other", "他人", applicant.id() + 1000, "别的单位", ""));
        assertThrows(ZhichengException.class, () -> scheduling.appointment(file.id(), stranger));
        List<AuditEntry> trail = audit.search(null, "DEFENSE_BOOKED", null, null, null, 0, 10);
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).detail().contains("2023年9月12日 09:00"), trail.get(0).detail());
    }

    @Test
    void intermediateFilesAreExemptAndDoNotDefend_R22() {
        Application intermediate = file(applicant(), TitleLevel.INTERMEDIATE);

        assertEquals("NO_DEFENSE", refusal(() -> scheduling.book(intermediate.id(), new DefenseAppointment(MORNING, 30,
                "答辩室", false), OFFICE)));
        assertTrue(scheduling.schedule("water", 2023, OFFICE).isEmpty());
    }

    @Test
    void badValuesAreRefusedInChineseAndChangeNothing_R22() {
        Application file = seniorFile();

        assertEquals("请选择答辩时间", message(() -> scheduling.book(file.id(), new DefenseAppointment(null, 30, "答辩室", false),
                OFFICE)));
        assertEquals("请填写答辩地点", message(() -> scheduling.book(file.id(), new DefenseAppointment(MORNING, 30, " ", false),
                OFFICE)));
        assertEquals("请填写视频答辩的会议室号或链接", message(() -> scheduling.book(file.id(), new DefenseAppointment(MORNING, 30,
                "", true), OFFICE)));
        assertEquals("每人答辩时长须在10至240分钟之间", message(() -> scheduling.book(file.id(), new DefenseAppointment(MORNING, 5,
                "答辩室", false), OFFICE)));
        // the platform's today is 2023-08-21
        assertEquals("DEFENSE_IN_PAST", refusal(() -> scheduling.book(file.id(), new DefenseAppointment(
                LocalDateTime.of(2023, 8, 20, 9, 0), 30, "答辩室", false), OFFICE)));
        assertTrue(scheduling.appointment(file.id(), OFFICE).isEmpty());
    }

    @Test
    void onePlaceHoldsOneHearingAtATime_R22() {
        Application first = seniorFile();
        Application second = seniorFile();
        scheduling.book(first.id(), new DefenseAppointment(MORNING, 30, "答辩室", false), OFFICE);

        ZhichengException clash = assertThrows(ZhichengException.class, () -> scheduling.book(second.id(),
                new DefenseAppointment(MORNING.plusMinutes(20), 30, "答辩室", false), OFFICE));
        assertEquals("PLACE_TAKEN", clash.code());
        assertTrue(clash.chineseMessage().contains("#" + first.id()), clash.chineseMessage());
        assertTrue(scheduling.appointment(second.id(), OFFICE).isEmpty());

        // back to back in the same room, or at the same time in another room, is fine
        scheduling.book(second.id(), new DefenseAppointment(MORNING.plusMinutes(30), 30, "答辩室", false), OFFICE);
        scheduling.book(second.id(), new DefenseAppointment(MORNING, 30, "腾讯会议 123-456-789", true), OFFICE);
        // moving a file's own hearing never clashes with itself
        scheduling.book(first.id(), new DefenseAppointment(MORNING.plusMinutes(10), 30, "答辩室", false), OFFICE);
        assertEquals(MORNING.plusMinutes(10), scheduling.appointment(first.id(), OFFICE).orElseThrow().startsAt());
    }

    @Test
    void theScheduleListsBookedHearingsByTimeThenTheOthers_R22_R23() {
        Application late = seniorFile();
        Application early = seniorFile();
        Application unbooked = seniorFile();
        Application exempt = seniorFile();
        scheduling.book(late.id(), new DefenseAppointment(MORNING.plusHours(2), 30, "答辩室", false), OFFICE);
        scheduling.book(early.id(), new DefenseAppointment(MORNING, 30, "答辩室", false), OFFICE);
        scheduling.book(exempt.id(), new DefenseAppointment(MORNING.plusHours(3), 30, "答辩室", false), OFFICE);
        // R-23: exempting a booked file frees its hour; it is no longer booked
        evaluation.exemptFromDefense(exempt.id(), DefenseExemption.VILLAGE_WORK_TEAM, OFFICE);

        List<DefenseScheduleEntry> schedule = scheduling.schedule("water", 2023, OFFICE);

        assertEquals(List.of(early.id(), late.id(), unbooked.id(), exempt.id()),
                schedule.stream().map(DefenseScheduleEntry::applicationId).toList());
        assertTrue(schedule.get(0).applicantName().startsWith("答辩人"));
        assertFalse(schedule.get(2).booked());
        assertNull(schedule.get(3).appointment());
        assertEquals(DefenseExemption.VILLAGE_WORK_TEAM, schedule.get(3).exemption());
        assertEquals("DEFENSE_EXEMPT", refusal(() -> scheduling.book(exempt.id(), new DefenseAppointment(MORNING.plusHours(4),
                30, "答辩室", false), OFFICE)));
    }

    @Test
    void aScoredHearingCannotBeMovedButCanBeCancelledBeforehand_R22() {
        Application scored = seniorFile();
        Application cancelled = seniorFile();
        scheduling.book(scored.id(), new DefenseAppointment(MORNING, 30, "答辩室", false), OFFICE);
        scheduling.book(cancelled.id(), new DefenseAppointment(MORNING.plusHours(1), 30, "答辩室", false), OFFICE);
        evaluation.recordDefenseScore(scored.id(), new BigDecimal("82"), OFFICE);

        assertEquals("DEFENSE_DONE", refusal(() -> scheduling.book(scored.id(), new DefenseAppointment(MORNING.plusDays(1), 30,
                "答辩室", false), OFFICE)));
        scheduling.cancel(cancelled.id(), OFFICE);
        assertTrue(scheduling.appointment(cancelled.id(), OFFICE).isEmpty());
        assertEquals(new BigDecimal("82.00"), scheduling.schedule("water", 2023, OFFICE).stream()
                .filter(e -> e.applicationId() == scored.id()).findFirst().orElseThrow().defenseScore());
    }

    @Test
    void onlyTheCommitteeOfficeOfTheSeriesBooks_R22() {
        Application file = seniorFile();
        Actor otherSeries = CoreActors.issue(Actor.committeeOffice("forestry-office", Set.of("forestry")));

        assertThrows(ZhichengException.class, () -> scheduling.book(file.id(), new DefenseAppointment(MORNING, 30, "答辩室",
                false), otherSeries));
        assertThrows(ZhichengException.class, () -> scheduling.schedule("water", 2023, otherSeries));
        assertEquals(1, scheduling.schedule("water", 2023, CoreActors.issue(Actor.committeeOffice("water-office", Set.of("water")))).size());
    }

    private static String refusal(Runnable action) {
        return assertThrows(ZhichengException.class, action::run).code();
    }

    private static String message(Runnable action) {
        return assertThrows(ZhichengException.class, action::run).chineseMessage();
    }
}
