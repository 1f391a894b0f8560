package org.zhicheng.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.zhicheng.api.meeting.Recusal;

/** A member withdrawn from one candidate of a meeting. */
@Entity
@Table(name = "ZC_MEETING_RECUSAL", uniqueConstraints = @UniqueConstraint(name = "ZC_MEETING_RECUSAL_ONCE",
        columnNames = {"MEETING_ID", "EXPERT_ID", "APPLICATION_ID"}))
@NamedQuery(name = RecusalEntity.OF_MEETING,
        query = "SELECT r FROM RecusalEntity r WHERE r.meetingId = :meetingId ORDER BY r.applicationId, r.expertId")
class RecusalEntity {
    static final String OF_MEETING = "Recusal.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "MEETING_ID", nullable = false)
    long meetingId;

    @Column(name = "EXPERT_ID", nullable = false, length = 50)
    String expertId;

    @Column(name = "APPLICATION_ID", nullable = false)
    long applicationId;

    @Column(nullable = false, length = 500)
    String reason;

    @Column(nullable = false)
    boolean derived;

    protected RecusalEntity() {
        // for JPA
    }

    RecusalEntity(long meetingId, String expertId, long applicationId, String reason, boolean derived) {
        this.meetingId = meetingId;
        this.expertId = expertId;
        this.applicationId = applicationId;
        this.reason = reason;
        this.derived = derived;
    }

    Recusal toRecord() {
        return new Recusal(expertId, applicationId, reason, derived);
    }
}
