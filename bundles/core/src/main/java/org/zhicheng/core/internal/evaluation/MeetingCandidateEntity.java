package org.zhicheng.core.internal.evaluation;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.Minutes;

/**
 * A candidate of a meeting with the scores it is ranked by and its anonymous counts: only numbers, never a member.
 */
@Entity
@Table(name = "ZC_MEETING_CANDIDATE", uniqueConstraints = @UniqueConstraint(name = "ZC_MEETING_CANDIDATE_ONCE",
        columnNames = {"MEETING_ID", "APPLICATION_ID"}))
@NamedQuery(name = MeetingCandidateEntity.OF_MEETING,
        query = "SELECT c FROM MeetingCandidateEntity c WHERE c.meetingId = :meetingId ORDER BY c.applicationId")
// a ballot paper's columns only (no counts): read per vote, so not as entities, which each commit copies and compares
@NamedQuery(name = MeetingCandidateEntity.PAPER_OF_MEETING,
        query = "SELECT c.applicationId, c.blindCode, c.specialty, c.level, c.expertScore, c.defenseScore"
                + " FROM MeetingCandidateEntity c WHERE c.meetingId = :meetingId ORDER BY c.applicationId")
class MeetingCandidateEntity {
    static final String OF_MEETING = "MeetingCandidate.ofMeeting";
    static final String PAPER_OF_MEETING = "MeetingCandidate.paperOfMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "MEETING_ID", nullable = false)
    long meetingId;

    @Column(name = "APPLICATION_ID", nullable = false)
    long applicationId;

    @Column(name = "BLIND_CODE", nullable = false, length = 40)
    String blindCode;

    @Column(nullable = false, length = 200)
    String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "TITLE_LEVEL", nullable = false, length = 20)
    TitleLevel level;

    @Column(name = "EXPERT_SCORE", nullable = false, precision = 7, scale = 2)
    BigDecimal expertScore;

    @Column(name = "DEFENSE_SCORE", precision = 7, scale = 2)
    BigDecimal defenseScore;

    @Column(name = "YES_COUNT", nullable = false)
    int yes;

    @Column(name = "NO_COUNT", nullable = false)
    int no;

    @Column(name = "ABSTAIN_COUNT", nullable = false)
    int abstain;

    @Column(name = "ELIGIBLE_COUNT", nullable = false)
    int eligible;

    @Column(name = "PASSED_BALLOT", nullable = false)
    boolean passedBallot;

    /** Null until voting closes, and while tied at the cap until the chair signs. */
    @Column(name = "PASSED")
    Boolean passed;

    @Column(name = "TIED_AT_CAP", nullable = false)
    boolean tiedAtCap;

    protected MeetingCandidateEntity() {
        // for JPA
    }

    MeetingCandidateEntity(long meetingId, long applicationId, String blindCode, String specialty, TitleLevel level,
                           BigDecimal expertScore, BigDecimal defenseScore) {
        this.meetingId = meetingId;
        this.applicationId = applicationId;
        this.blindCode = blindCode;
        this.specialty = specialty;
        this.level = level;
        this.expertScore = expertScore;
        this.defenseScore = defenseScore;
    }

    void count(BallotChoice choice) {
        switch (choice) {
            case YES -> yes++;
            case NO -> no++;
            case ABSTAIN -> abstain++;
        }
    }

    Minutes.Tally toTally() {
        return new Minutes.Tally(applicationId, blindCode, eligible, yes, no, abstain, expertScore, defenseScore,
                passedBallot, passed);
    }
}
