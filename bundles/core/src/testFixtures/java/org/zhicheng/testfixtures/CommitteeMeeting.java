package org.zhicheng.testfixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.security.Actor;

/**
 * A committee's decision taken the way the platform takes it (issue 14), for tests whose subject is what comes before
 * or after it: eleven experts of the series' pool appointed (odd, a single-specialty senior committee's minimum, 正高),
 * the meeting scheduled on the platform's today (the meetings window's first day when today is outside it, so that
 * opening is refused there, R-10), opened with everyone present, every member voting the file's way (yes or no),
 * closed with the pass rate (R-34, senior only) and signed by the chair; a tie at the cap goes to the tied files
 * listed first. The meeting's own rules are MeetingServiceTest's and MeetingTests' subject, not this one's.
 * <p>
 * One class for core's tests and karaf-assembly's in-container tests (see {@link FileCompletion}); api only.
 */
public final class CommitteeMeeting {

    /** Members appointed. */
    public static final int MEMBERS = 11;

    private final EvaluationService evaluation;
    private final MeetingService meetings;
    private final CampaignService campaigns;
    private final Actor office;
    private final Actor registrar;
    private final Function<String, Actor> member;
    private final int size;

    /**
     * @param office    the committee office of the committee's series: appoints, schedules, opens and closes
     * @param registrar who keeps the expert pool (the office, an integration)
     * @param member    the logged-in member of an expert id
     */
    public CommitteeMeeting(EvaluationService evaluation, MeetingService meetings, CampaignService campaigns, Actor office,
                            Actor registrar, Function<String, Actor> member) {
        this(evaluation, meetings, campaigns, office, registrar, member, MEMBERS);
    }

    /** @param size how many members: a senior committee for a whole series needs 25 */
    public CommitteeMeeting(EvaluationService evaluation, MeetingService meetings, CampaignService campaigns, Actor office,
                            Actor registrar, Function<String, Actor> member, int size) {
        this.size = size;
        this.evaluation = evaluation;
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.office = office;
        this.registrar = registrar;
        this.member = member;
    }

    /** The committee's expert ids: {@code cm-<committee>-01} (the chair) to {@code -11}. */
    public static List<String> memberIds(String committeeId) {
        return memberIds(committeeId, MEMBERS);
    }

    private static List<String> memberIds(String committeeId, int size) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            ids.add("cm-%s-%02d".formatted(committeeId, i));
        }
        return ids;
    }

    /**
     * Holds the committee's meeting for the year and grade: the files in {@code votes} get every member's yes (true) or
     * no (false); the signed minutes are returned. Refused as core refuses: outside the meetings window, without
     * candidates (before any ballot), a pass rate missing or where none applies (when closing).
     */
    public Minutes decide(String committeeId, int year, Grade grade, BigDecimal seniorPassRate, Map<Long, Boolean> votes) {
        List<String> ids = appoint(committeeId);
        LocalDate today = campaigns.today();
        Campaign.Period window = campaigns.campaign(year).map(Campaign::meetingWindow).orElse(null);
        LocalDate day = window == null || window.contains(today) ? today : window.first();
        Meeting meeting = meetings.schedule(committeeId, year, grade, day, "评审会议室", office);
        Meeting open = meetings.open(meeting.id(), new HashSet<>(ids), office);
        for (long candidate : open.candidates()) {
            Boolean yes = votes.get(candidate);
            if (yes == null) {
                continue; // nobody votes: it fails the ballot
            }
            for (String id : ids) {
                meetings.vote(open.id(), candidate, yes ? BallotChoice.YES : BallotChoice.NO, member.apply(id));
            }
        }
        Minutes closed = meetings.close(open.id(), seniorPassRate, office);
        return meetings.sign(open.id(), closed.tiedAtCap().subList(0, closed.seatsForTied()), member.apply(ids.get(0)));
    }

    /** Eleven experts of the series' pool appointed to the committee, the first the chair; their ids. */
    public List<String> appoint(String committeeId) {
        String series = committeeId.substring(0, committeeId.lastIndexOf('.'));
        List<String> ids = memberIds(committeeId, size);
        LocalDate today = campaigns.today();
        List<Appointment> appointments = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            evaluation.registerExpert(new Expert(ids.get(i), "委员" + (i + 1), "评审委员会委员单位", Set.of(series), Set.of()),
                    registrar);
            appointments.add(new Appointment(ids.get(i), TitleLevel.SENIOR_FULL, i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER,
                    today.minusYears(1), today.plusYears(2).minusDays(1)));
        }
        if (!meetings.members(committeeId, office).stream().map(m -> m.expertId()).collect(Collectors.toSet())
                .equals(Set.copyOf(ids))) {
            meetings.appoint(committeeId, appointments, office);
        }
        return ids;
    }
}
