package org.zhicheng.core.internal.evaluation;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.MemberRole;

/** A member of a committee (Annex 5 row), an expert of the pool with a term. */
@Entity
@Table(name = "ZC_COMMITTEE_MEMBER")
@NamedQuery(name = CommitteeMemberEntity.OF_COMMITTEE,
        query = "SELECT m FROM CommitteeMemberEntity m WHERE m.committeeId = :committeeId ORDER BY m.role, m.expert.id")
@NamedQuery(name = CommitteeMemberEntity.OF_EXPERT,
        query = "SELECT m FROM CommitteeMemberEntity m WHERE m.expert.id = :expertId")
// one expert's terms on one committee: what a member's own act checks, without reading the whole roster (issue 16)
@NamedQuery(name = CommitteeMemberEntity.OF_COMMITTEE_AND_EXPERT, query = "SELECT m FROM CommitteeMemberEntity m"
        + " WHERE m.committeeId = :committeeId AND m.expert.id = :expertId")
class CommitteeMemberEntity {
    static final String OF_COMMITTEE = "CommitteeMember.ofCommittee";
    static final String OF_COMMITTEE_AND_EXPERT = "CommitteeMember.ofCommitteeAndExpert";
    static final String OF_EXPERT = "CommitteeMember.ofExpert";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "COMMITTEE_ID", nullable = false, length = 120)
    String committeeId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "EXPERT_ID", nullable = false)
    ExpertEntity expert;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    TitleLevel title;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEMBER_ROLE", nullable = false, length = 20)
    MemberRole role;

    @Column(name = "TERM_START", nullable = false)
    LocalDate termStart;

    @Column(name = "TERM_END", nullable = false)
    LocalDate termEnd;

    protected CommitteeMemberEntity() {
        // for JPA
    }

    CommitteeMemberEntity(String committeeId, ExpertEntity expert, Appointment appointment) {
        this.committeeId = committeeId;
        this.expert = expert;
        this.title = appointment.title();
        this.role = appointment.role();
        this.termStart = appointment.termStart();
        this.termEnd = appointment.termEnd();
    }

    CommitteeMember toRecord() {
        var pool = expert.toRecord();
        return new CommitteeMember(committeeId, pool.id(), pool.name(), pool.employer(), title, role, termStart, termEnd);
    }
}
