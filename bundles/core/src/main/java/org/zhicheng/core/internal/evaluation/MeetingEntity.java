package org.zhicheng.core.internal.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.Recusal;
import org.zhicheng.api.scoring.Grade;

/** A committee meeting; its candidates, recusals and ballot markers are rows of their own. */
@Entity
@Table(name = "ZC_MEETING")
@NamedQuery(name = MeetingEntity.OF_COMMITTEE,
        query = "SELECT m FROM MeetingEntity m WHERE m.committeeId = :committeeId ORDER BY m.date DESC, m.id DESC")
class MeetingEntity {
    static final String OF_COMMITTEE = "Meeting.ofCommittee";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    long id;

    @Column(name = "COMMITTEE_ID", nullable = false, length = 120)
    String committeeId;

    @Column(name = "MEETING_YEAR", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Grade grade;

    @Column(name = "MEETING_DATE", nullable = false)
    LocalDate date;

    @Column(nullable = false, length = 200)
    String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    MeetingStatus status = MeetingStatus.SCHEDULED;

    /** Members whose term covers the date, counted when it opens. */
    @Column(name = "MEMBER_COUNT", nullable = false)
    int members;

    /** Expert ids of the members present, comma-separated. */
    @Column(nullable = false, length = 4000)
    String present = "";

    @Column(name = "PASS_RATE", precision = 5, scale = 4)
    BigDecimal passRate;

    @Column(name = "PASS_LIMIT", nullable = false)
    int passLimit;

    @Column(name = "SEATS_FOR_TIED", nullable = false)
    int seatsForTied;

    @Column(name = "SIGNED_BY", length = 50)
    String signedBy;

    @Column(name = "SIGNED_AT")
    Instant signedAt;

    protected MeetingEntity() {
        // for JPA
    }

    MeetingEntity(String committeeId, int year, Grade grade, LocalDate date, String place) {
        this.committeeId = committeeId;
        this.year = year;
        this.grade = grade;
        this.date = date;
        this.place = place;
    }

    Set<String> presentMembers() {
        return present.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(present.split(",")));
    }

    void open(int memberCount, Set<String> presentIds) {
        members = memberCount;
        present = presentIds.stream().sorted().collect(Collectors.joining(","));
        status = MeetingStatus.OPEN;
    }

    Meeting toRecord(List<Recusal> recusals, List<Long> candidates) {
        return new Meeting(id, committeeId, year, grade, date, place, status, members, presentMembers(), recusals, candidates);
    }
}
