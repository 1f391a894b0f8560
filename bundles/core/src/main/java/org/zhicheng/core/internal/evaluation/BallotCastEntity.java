package org.zhicheng.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * That a member has voted on a candidate, and nothing else: the choice goes into the candidate's anonymous counts
 * ({@link MeetingCandidateEntity}), so no row links a member to a vote. No time is kept either, so the order of markers
 * and counts cannot be matched.
 */
@Entity
@Table(name = "ZC_BALLOT_CAST", uniqueConstraints = @UniqueConstraint(name = "ZC_BALLOT_CAST_ONCE",
        columnNames = {"MEETING_ID", "EXPERT_ID", "APPLICATION_ID"}))
class BallotCastEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "MEETING_ID", nullable = false)
    long meetingId;

    @Column(name = "EXPERT_ID", nullable = false, length = 50)
    String expertId;

    @Column(name = "APPLICATION_ID", nullable = false)
    long applicationId;

    protected BallotCastEntity() {
        // for JPA
    }

    BallotCastEntity(long meetingId, String expertId, long applicationId) {
        this.meetingId = meetingId;
        this.expertId = expertId;
        this.applicationId = applicationId;
    }
}
