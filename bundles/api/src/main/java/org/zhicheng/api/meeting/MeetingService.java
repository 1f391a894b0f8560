package org.zhicheng.api.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.security.Actor;

/**
 * The committee meeting: the committee office appoints members and runs the meeting, each present member votes on
 * their own ballot paper, the chair (or a vice-chair) signs the minutes. Only counts are kept: no call returns who voted
 * how, to anybody.
 */
public interface MeetingService {

    /**
     * Appoints the committee's members, replacing those before. Refused for an even number, fewer than the minimum of a
     * senior committee, a member whose title is below the levels the committee evaluates, a term longer than allowed,
     * an expert outside the series' pool, or no chair.
     */
    List<CommitteeMember> appoint(String committeeId, List<Appointment> members, Actor actor);

    List<CommitteeMember> members(String committeeId, Actor actor);

    /** The experts of the committee's series pool, whom its office may appoint: for the office only. */
    List<Expert> pool(String committeeId, Actor actor);

    /** the date falls in the year's meetings window. */
    Meeting schedule(String committeeId, int year, Grade grade, LocalDate date, String place, Actor actor);

    Meeting meeting(long meetingId, Actor actor);

    /** The committee's meetings, newest first: for its office and its members. */
    List<Meeting> meetings(String committeeId, Actor actor);

    /** The meetings the logged-in member serves on, newest first. */
    List<Meeting> myMeetings(Actor member);

    /**
     * Records attendance and opens the ballot: refused without quorum (two thirds of the members). The candidates are
     * fixed, and recusals derived where the data shows a conflict (the candidate's unit, a declared relation).
     */
    Meeting open(long meetingId, Set<String> present, Actor actor);

    /** A member withdraws from a candidate: the member themselves, or the office for them; not after their ballot. */
    Meeting declareRecusal(long meetingId, String expertId, long applicationId, String reason, Actor actor);

    /** The logged-in member's ballot paper. */
    BallotPaper ballot(long meetingId, Actor member);

    /** One secret ballot, final: refused twice, for a recused member, an absent one, or once voting closed. */
    BallotPaper vote(long meetingId, long applicationId, BallotChoice choice, Actor member);

    /**
     * The same ballot as {@link #vote}, with the same checks, answered with the line voted on only: a member voting
     * down a paper of N candidates then reads N lines in all, not N² (issue 16 item 1).
     *
     * @since 1.2
     */
    BallotPaper.Line cast(long meetingId, long applicationId, BallotChoice choice, Actor member);

    /**
     * Closes voting and computes the result: two thirds yes of the eligible, then for senior grades the pass rate
     * by expert then defense score; a tie across its edge is left to the chair. Intermediate and junior meetings
     * refuse a pass rate.
     */
    Minutes close(long meetingId, BigDecimal seniorPassRate, Actor actor);

    Minutes minutes(long meetingId, Actor actor);

    /**
     * The presiding member (chair or vice-chair, present) signs: the files move to PASSED or FAILED. {@code tieWinners}
     * names which tied candidates take the seats left, exactly that many; empty when there is no tie.
     */
    Minutes sign(long meetingId, List<Long> tieWinners, Actor chair);
}
