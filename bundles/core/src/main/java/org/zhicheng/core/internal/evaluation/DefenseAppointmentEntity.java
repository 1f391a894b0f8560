package org.zhicheng.core.internal.evaluation;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.evaluation.DefenseAppointment;

/** A senior file's defense booking: one per file, moved in place when the committee office reschedules. */
@Entity
@Table(name = "ZC_DEFENSE_APPOINTMENT")
@NamedQuery(name = DefenseAppointmentEntity.AT_PLACE,
        query = "SELECT d FROM DefenseAppointmentEntity d WHERE d.place = :place AND d.applicationId <> :applicationId"
                + " AND d.startsAt < :endsAt AND d.startsAt >= :earliest")
@NamedQuery(name = DefenseAppointmentEntity.FOR_SERIES,
        query = "SELECT d FROM DefenseAppointmentEntity d, ApplicationEntity a WHERE a.id = d.applicationId"
                + " AND a.seriesCode = :series AND a.evaluationYear = :year")
public class DefenseAppointmentEntity {
    public static final String AT_PLACE = "DefenseAppointment.atPlace";
    public static final String FOR_SERIES = "DefenseAppointment.forSeries";
    /** The longest hearing core books; bounds the window the clash query looks back over. */
    public static final int LONGEST_MINUTES = 240;

    @Id
    @Column(name = "APPLICATION_ID")
    private long applicationId;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "MINUTES", nullable = false)
    private int minutes;

    @Column(name = "PLACE", nullable = false, length = 200)
    private String place;

    @Column(name = "ONLINE", nullable = false)
    private boolean online;

    @Column(name = "BOOKED_BY", nullable = false, length = 100)
    private String bookedBy;

    @Column(name = "BOOKED_AT", nullable = false)
    private Instant bookedAt;

    protected DefenseAppointmentEntity() {
        // for JPA
    }

    public DefenseAppointmentEntity(long applicationId) {
        this.applicationId = applicationId;
    }

    public void book(DefenseAppointment appointment, String who, Instant when) {
        startsAt = appointment.startsAt();
        minutes = appointment.minutes();
        place = appointment.place();
        online = appointment.online();
        bookedBy = who;
        bookedAt = when;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public DefenseAppointment toRecord() {
        return new DefenseAppointment(startsAt, minutes, place, online);
    }
}
