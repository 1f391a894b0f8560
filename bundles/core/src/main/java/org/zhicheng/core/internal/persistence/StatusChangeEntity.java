package org.zhicheng.core.internal.persistence;

import java.time.Instant;
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
import javax.persistence.TableGenerator;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.StatusChange;

/** Append-only history of an application: rows are inserted, never updated. */
@Entity
@Table(name = "ZC_STATUS_CHANGE")
@NamedQuery(name = StatusChangeEntity.FOR_APPLICATION,
        query = "SELECT c FROM StatusChangeEntity c WHERE c.application.id = :applicationId ORDER BY c.id")
public class StatusChangeEntity {
    public static final String FOR_APPLICATION = "StatusChange.forApplication";

    @Id
    @TableGenerator(name = "StatusChangeIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "StatusChangeIds")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICATION_ID", nullable = false, updatable = false)
    private ApplicationEntity application;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 30, updatable = false)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 30, updatable = false)
    private ApplicationStatus toStatus;

    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(length = 1000, updatable = false)
    private String reason;

    /** The platform's date the change counted on; NULL in rows recorded before it was kept (added by DDL extension). */
    @Column(name = "PLATFORM_DATE", updatable = false)
    private LocalDate platformDate;

    protected StatusChangeEntity() {
        // for JPA
    }

    public StatusChangeEntity(ApplicationEntity application, ApplicationStatus fromStatus, ApplicationStatus toStatus,
                              Instant changedAt, String actor, String reason, LocalDate platformDate) {
        this.application = application;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.actor = actor;
        this.reason = reason;
        this.platformDate = platformDate;
    }

    public StatusChange toRecord() {
        return new StatusChange(fromStatus, toStatus, changedAt, actor, reason, platformDate);
    }
}
