package org.zhicheng.core.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.account.DemoAccounts;
import org.zhicheng.core.internal.campaign.CampaignRegistry;

/**
 * The demo's committee (issue 14): the engineering series' 水利专业 committee (Annex 5 row 4) with eleven members from
 * the pool for a three-year term (a single-specialty senior committee needs eleven), the chair with an account, and its 2023 intermediate meeting scheduled in the meetings window, where the demo's water file is
 * decided. Everything through the services, as the office would do it.
 * <p>
 * And one meeting carried to signed minutes, so that a newcomer sees them: the same eleven serve on 环境保护专业
 * (Annex 5 row 3), whose demo file is taken through the chain (publicity, fee, two experts' scores) and decided in the
 * 2023 intermediate meeting: 9 yes, 1 no, 1 abstaining. The demo's date stays 2023-08-01: the loader acts on the
 * later days on its own thread only ({@link CampaignRegistry#asOf}), so the file's history and the minutes carry the
 * days they would have had.
 */
public final class DemoCommittee {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommittee.class);
    static final String COMMITTEE = "engineering.4";
    /** The committee whose meeting the demo carries to signed minutes: 环境保护专业, Annex 5 row 3. */
    public static final String DECIDED_COMMITTEE = "engineering.3";
    public static final String DECIDED_SPECIALTY = "环境保护专业";
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("office", Set.of()));
    private static final List<String> NAMES = List.of("马建新", "热依拉·艾则孜", "刘长青", "买买提·吐尔地", "孙丽华",
            "阿不都热合曼·依明", "杨志远", "古丽巴哈尔·托合提", "胡永强", "努尔艾力·买合木提", "郑秀兰");

    private final MeetingService meetings;
    private final CampaignService campaigns;
    private final ApplicationService applications;
    private final EvaluationService evaluation;
    private final ScoringService scoring;

    public DemoCommittee(MeetingService meetings, CampaignService campaigns, ApplicationService applications,
                         EvaluationService evaluation, ScoringService scoring) {
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.applications = applications;
        this.evaluation = evaluation;
        this.scoring = scoring;
    }

    static String memberId(int i) {
        return "member%02d".formatted(i);
    }

    /** The members in the pool, and the chair's account (member01), on an empty database. */
    public static void register(EvaluationService evaluation, DemoAccounts accounts, Actor demo, char[] password) {
        for (int i = 1; i <= NAMES.size(); i++) {
            evaluation.registerExpert(new Expert(memberId(i), NAMES.get(i - 1), i % 2 == 0 ? "新疆农业大学水利与土木工程学院"
                    : "阿克苏地区水利水电勘测设计院", Set.of("engineering"), Set.of()), demo);
            if (i == 1) { // one account: each costs a slow password hash at the demo's first start
                accounts.createDemoAccount(Actor.expert(memberId(i), memberId(i)), password, demo);
            }
        }
    }

    /** The eleven, member01 the chair and member02 a vice-chair, for 2023-2025. */
    private static List<Appointment> appointments() {
        LocalDate start = LocalDate.of(DemoDataLoader.DEMO_YEAR, 1, 1);
        List<Appointment> members = new ArrayList<>();
        for (int i = 1; i <= NAMES.size(); i++) {
            members.add(new Appointment(memberId(i), i == 1 ? TitleLevel.SENIOR_FULL : TitleLevel.SENIOR_ASSOCIATE,
                    i == 1 ? MemberRole.CHAIR : i == 2 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER, start,
                    start.plusYears(3).minusDays(1)));
        }
        return members;
    }

    /**
     * The demo's submitted 环境保护专业 file taken to the committee and decided in its meeting, with signed minutes;
     * nothing when the committee met before (a later start) or the platform's calendar cannot be walked.
     */
    public void carryToMinutes(Application submitted, Actor demo) {
        if (!(campaigns instanceof CampaignRegistry registry) || submitted.status() != ApplicationStatus.SUBMITTED) {
            return;
        }
        Campaign.Period window = campaigns.campaign(submitted.evaluationYear()).map(Campaign::meetingWindow).orElse(null);
        try {
            if (window == null || !meetings.meetings(DECIDED_COMMITTEE, OFFICE).isEmpty()) {
                return;
            }
            int year = submitted.evaluationYear();
            // the employer approves and the publicity runs; received, paid, sent to the committee, scored blind
            Application approved = registry.asOf(LocalDate.of(year, 8, 14), () -> applications.approveByEmployer(
                    submitted.id(), submitted.version(), demo, "同意推荐"));
            registry.asOf(LocalDate.of(year, 8, 21), () -> {
                Application recommended = applications.recommend(approved.id(), approved.version(), demo);
                Application received = applications.acceptMaterial(recommended.id(), recommended.version(), demo);
                Application paid = applications.recordFeePayment(received.id(), received.version(), new FeePayment(
                        received.id(), applications.feeFor(received.id(), demo), FeePayment.Method.QR_CODE,
                        "WX-DEMO-" + received.id(), LocalDate.of(year, 8, 21), "office"), demo);
                Application file = evaluation.startEvaluation(paid.id(), paid.version(), demo);
                evaluation.assignExperts(file.id(), List.of("expert1", "expert2"), demo);
                ScoringStandard standard = scoring.standardFor(file.id());
                for (String expert : List.of("expert1", "expert2")) {
                    Map<String, BigDecimal> points = new HashMap<>();
                    standard.items().stream().filter(item -> !item.computed()).forEach(item -> points.put(item.id(),
                            item.points().multiply(new BigDecimal(expert.equals("expert1") ? "0.85" : "0.8"))
                                    .setScale(2, RoundingMode.DOWN)));
                    scoring.submitScoreSheet(file.id(), CoreActors.issue(Actor.expert(expert, expert)), points);
                }
                return file;
            });
            // the meeting a week into the window: all eleven present; the chair signs
            LocalDate day = window.first().plusDays(7).isAfter(window.last()) ? window.last() : window.first().plusDays(7);
            registry.asOf(day, () -> {
                meetings.appoint(DECIDED_COMMITTEE, appointments(), OFFICE);
                Meeting meeting = meetings.schedule(DECIDED_COMMITTEE, year, Grade.INTERMEDIATE, day, "地区生态环境局二楼会议室",
                        OFFICE);
                Set<String> present = new LinkedHashSet<>();
                for (int i = 1; i <= NAMES.size(); i++) {
                    present.add(memberId(i));
                }
                Meeting open = meetings.open(meeting.id(), present, OFFICE);
                for (long candidate : open.candidates()) {
                    for (int i = 1; i <= NAMES.size(); i++) {
                        BallotChoice choice = i == 10 ? BallotChoice.NO : i == 11 ? BallotChoice.ABSTAIN : BallotChoice.YES;
                        meetings.vote(open.id(), candidate, choice, CoreActors.issue(Actor.expert(memberId(i), memberId(i))));
                    }
                }
                meetings.close(open.id(), null, OFFICE);
                return meetings.sign(open.id(), List.of(), CoreActors.issue(Actor.expert(memberId(1), memberId(1))));
            });
        } catch (ZhichengException e) {
            LOG.warn("Demo meeting of {} not carried to minutes: {}", DECIDED_COMMITTEE, e.getMessage());
        }
    }

    /** Once the engineering series is on: the members appointed and the meeting scheduled, unless done before. */
    public void seriesAccepting(Series series) {
        if (!"engineering".equals(series.code()) || series.committee(COMMITTEE).isEmpty()) {
            return;
        }
        try {
            if (!meetings.members(COMMITTEE, OFFICE).isEmpty()) {
                return;
            }
            int year = DemoDataLoader.DEMO_YEAR;
            meetings.appoint(COMMITTEE, appointments(), OFFICE);
            campaigns.campaign(year).map(campaign -> campaign.meetingWindow()).ifPresent(window -> {
                LocalDate day = window.first().plusDays(14); // two weeks into the window, or its last day
                meetings.schedule(COMMITTEE, year, Grade.INTERMEDIATE, day.isAfter(window.last()) ? window.last() : day,
                        "地区水利局三楼会议室", OFFICE);
            });
        } catch (ZhichengException e) {
            LOG.warn("Demo committee {} not set up: {}", COMMITTEE, e.getMessage());
        }
    }
}
