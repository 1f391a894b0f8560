package org.zhicheng.core.internal.audit;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.audit.AuditEntry;

/**
 * One row of the audit log. Rows are inserted, never updated or deleted: there are no setters and no column
 * is updatable. The sequence number is the primary key, so two appends can never share a number.
 *
 * <p>The time is kept as microseconds since the epoch (UTC) in a BIGINT rather than as a TIMESTAMP: the hash covers
 * it, and a TIMESTAMP without time zone would come back shifted after a change of the server's time zone or in a
 * daylight-saving overlap, which would look like tampering. Microseconds are what PostgreSQL keeps as well.
 *
 * <p>Not cacheable: {@link AuditLogImpl#verify()} must see what the database holds, not what EclipseLink remembers.
 */
@Entity
@Cacheable(false)
@Table(name = "ZC_AUDIT", indexes = {
        @Index(name = "IX_AUDIT_SUBJECT", columnList = "SUBJECT"),
        @Index(name = "IX_AUDIT_ACTOR", columnList = "ACTOR"),
        @Index(name = "IX_AUDIT_ACTION", columnList = "ACTION_CODE"),
        @Index(name = "IX_AUDIT_AT", columnList = "AT_EPOCH_MICROS")})
@NamedQuery(name = AuditEntryEntity.FOR_SUBJECT,
        query = "SELECT e FROM AuditEntryEntity e WHERE e.subject = :subject ORDER BY e.sequence")
@NamedQuery(name = AuditEntryEntity.AFTER,
        query = "SELECT e FROM AuditEntryEntity e WHERE e.sequence > :after ORDER BY e.sequence")
@NamedQuery(name = AuditEntryEntity.COUNT, query = "SELECT COUNT(e) FROM AuditEntryEntity e")
public class AuditEntryEntity {
    public static final String FOR_SUBJECT = "AuditEntry.forSubject";
    public static final String AFTER = "AuditEntry.after";
    public static final String COUNT = "AuditEntry.count";

    @Id
    @Column(name = "SEQUENCE_NO", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "AT_EPOCH_MICROS", nullable = false, updatable = false)
    private long atEpochMicros;

    @Column(name = "ACTOR", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "ACTION_CODE", nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "SUBJECT", nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "DETAIL", length = 2000, updatable = false)
    private String detail;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "ENTRY_HASH", nullable = false, length = 64, updatable = false)
    private String hash;

    /** The platform's date the act counted on; NULL in rows recorded before it was kept (added by DDL extension). */
    @Column(name = "PLATFORM_DATE", updatable = false)
    private LocalDate platformDate;

    protected AuditEntryEntity() {
        // for JPA
    }

    AuditEntryEntity(long sequence, Instant at, String actor, String action, String subject, String detail,
                     String previousHash, String hash, LocalDate platformDate) {
        this.sequence = sequence;
        this.platformDate = platformDate;
        this.atEpochMicros = AuditTime.toMicros(at);
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    long sequence() {
        return sequence;
    }

    String previousHash() {
        return previousHash;
    }

    String hash() {
        return hash;
    }

    /** The hash this row's content and link call for; differs from {@link #hash()} if the row was altered. */
    String expectedHash() {
        return AuditHash.of(sequence, AuditTime.fromMicros(atEpochMicros), actor, action, subject, detailOrEmpty(),
                previousHash, platformDate);
    }

    private String detailOrEmpty() {
        // some databases keep an empty string as NULL
        return detail == null ? "" : detail;
    }

    public AuditEntry toRecord() {
        return new AuditEntry(sequence, AuditTime.fromMicros(atEpochMicros), actor, action, subject, detailOrEmpty(),
                previousHash, hash, platformDate);
    }
}
