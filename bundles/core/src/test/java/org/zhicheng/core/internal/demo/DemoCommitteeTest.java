package org.zhicheng.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.ScoringServiceImpl;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.evaluation.MeetingServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * The demo's committee (issue 14), through the real services on Derby: eleven members appointed to 水利专业 (Annex 5
 * row 4) with a chair and a vice-chair, the chair's account, the 2023 intermediate meeting scheduled inside the
 * meetings window; a second start of the platform changes nothing.
 */
class DemoCommitteeTest {

    /** Two specialty committees, as the engineering series has: each is built for a single specialty (11 at least). */
    private static final String ENGINEERING = TestDescriptors.series("engineering", "工程系列",
            "<specialty name=\"水利专业\" annexRow=\"4\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>",
            "<specialty name=\"测绘专业\" annexRow=\"6\"><committee levels=\"副高 中级\" unit=\"地区自然资源局\" phone=\"0997-6711812\"/></specialty>");
    private static final Actor DEMO = CoreActors.system("demo-data");
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("office", Set.of()));

    private DerbyJpa jpa;
    private SeriesStore store;
    private CampaignRegistry campaigns;
    private EvaluationServiceImpl evaluation;
    private MeetingServiceImpl meetings;
    private AccountServiceImpl accounts;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        store = new SeriesStore(jpa);
        TestDescriptors.declare(store, ENGINEERING, List.of("高", "中"));
        campaigns = TestCampaigns.registry("2023-08-01", 2023);
        AuditLogImpl audit = new AuditLogImpl(jpa);
        evaluation = new EvaluationServiceImpl(jpa, new ScoringServiceImpl(jpa, store, audit, campaigns), audit, store);
        meetings = new MeetingServiceImpl(jpa, audit, store, campaigns,
                TestCampaigns.configuration(MeetingServiceImpl.Configuration.class, Map.of()));
        accounts = new AccountServiceImpl(jpa, audit);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void theDemoCommitteeHasElevenMembersAChairAndAMeetingInTheWindow_R10() {
        DemoCommittee.register(evaluation, accounts, DEMO, "zhicheng".toCharArray());
        DemoCommittee committee = new DemoCommittee(meetings, campaigns, null, evaluation, null);
        committee.seriesAccepting(store.find("engineering").orElseThrow());
        committee.seriesAccepting(store.find("engineering").orElseThrow()); // the next start: nothing twice

        List<CommitteeMember> members = meetings.members(DemoCommittee.COMMITTEE, OFFICE);
        assertEquals(11, members.size());
        assertEquals(1, members.stream().filter(m -> m.role() == MemberRole.CHAIR).count());
        assertEquals("member01", members.stream().filter(m -> m.role() == MemberRole.CHAIR).findFirst().orElseThrow().expertId());
        List<Meeting> scheduled = meetings.meetings(DemoCommittee.COMMITTEE, OFFICE);
        assertEquals(1, scheduled.size());
        Meeting meeting = scheduled.get(0);
        assertEquals(MeetingStatus.SCHEDULED, meeting.status());
        assertEquals(Grade.INTERMEDIATE, meeting.grade());
        assertTrue(campaigns.campaign(2023).orElseThrow().meetingWindow().contains(meeting.date()), meeting.date().toString());
        assertTrue(members.stream().allMatch(m -> m.servesOn(meeting.date())));
        // the chair can log in and sees the meeting on their own screen
        Actor chair = accounts.authenticate("member01", "zhicheng".toCharArray()).orElseThrow();
        assertEquals(List.of(meeting.id()), meetings.myMeetings(chair).stream().map(Meeting::id).toList());
    }
}
