package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.demo.DemoCommittee;
import org.zhicheng.core.internal.evaluation.MeetingServiceImpl;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * The demo's meeting carried to signed minutes (issue 14), through the real services on Derby: the demo's submitted
 * 环境保护专业 file goes through the publicity, the fee and two experts' scores to the committee of Annex 5 row 3, whose
 * eleven members meet in the meetings window, vote 9 yes, 1 no, 1 abstaining (two thirds of 11, R-34's ballot)
 * and the chair signs: the file passes. The platform's date stays the demo's; a second start changes nothing.
 */
class DemoMeetingTest extends CoreTestSupport {

    private static final String ENGINEERING = TestDescriptors.series("engineering", "工程系列",
            "<specialty name=\"环境保护专业\" annexRow=\"3\"><committee levels=\"副高 中级\" unit=\"地区生态环境局\" phone=\"0997-2686089\"/></specialty>",
            "<specialty name=\"水利专业\" annexRow=\"4\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final Actor DEMO = CoreActors.system("demo-data");
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("office", Set.of()));

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-01", 2023);
        TestDescriptors.declare(store, ENGINEERING, List.of("高", "中"));
    }

    @Test
    void theDemosMeetingIsCarriedToSignedMinutesWhileTheDemoStaysOnItsDate_R10_R34() {
        MeetingServiceImpl meetings = new MeetingServiceImpl(jpa, audit, store, campaigns,
                TestCampaigns.configuration(MeetingServiceImpl.Configuration.class, Map.of()));
        DemoCommittee.register(evaluation, new AccountServiceImpl(jpa, audit), DEMO, "zhicheng".toCharArray());
        for (String expert : List.of("expert1", "expert2")) {
            evaluation.registerExpert(new Expert(expert, "专家" + expert, "阿克苏地区勘察设计院", Set.of("engineering"), Set.of()), DEMO);
        }
        var applicant = applicants.register(new NewApplicant("热依拉·吐尔洪", ResidentIdNumber.completing("65290119870415006"),
                "库车市住房和城乡建设局", Tier.COUNTY_CITY, ""), TestActors.TESTER);
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "engineering",
                DemoCommittee.DECIDED_SPECIALTY, TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), TestActors.APPLICANT);
        Application submitted = CompleteFiles.submit(applications, contents, draft, TestActors.APPLICANT);
        DemoCommittee committee = new DemoCommittee(meetings, campaigns, applications, evaluation, scoring);

        committee.carryToMinutes(submitted, DEMO);
        committee.carryToMinutes(applications.find(submitted.id(), TestActors.TESTER).orElseThrow(), DEMO); // the next start

        assertEquals(LocalDate.of(2023, 8, 1), campaigns.today(), "the demo keeps its date");
        assertEquals(ApplicationStatus.PASSED, applications.find(submitted.id(), TestActors.TESTER).orElseThrow().status());
        List<Meeting> held = meetings.meetings(DemoCommittee.DECIDED_COMMITTEE, OFFICE);
        assertEquals(1, held.size());
        assertEquals(MeetingStatus.SIGNED, held.get(0).status());
        assertTrue(campaigns.campaign(2023).orElseThrow().meetingWindow().contains(held.get(0).date()), held.get(0).date().toString());
        Minutes minutes = meetings.minutes(held.get(0).id(), OFFICE);
        assertEquals("member01", minutes.signedBy());
        assertEquals(11, minutes.meeting().present().size());
        Minutes.Tally tally = minutes.tallies().get(0);
        assertEquals(List.of(11, 9, 1, 1), List.of(tally.eligible(), tally.yes(), tally.no(), tally.abstain()));
        assertTrue(tally.passedBallot());
        // signed and audited
        assertTrue(audit.entries("meeting:" + held.get(0).id()).stream().anyMatch(e -> e.action().equals("MINUTES_SIGNED")));
        assertTrue(audit.verify().intact());
    }
}
