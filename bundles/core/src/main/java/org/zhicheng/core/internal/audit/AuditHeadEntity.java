package org.zhicheng.core.internal.audit;

import java.time.Instant;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * The single row that tells where the audit log ends: the last sequence number, its hash and its time. Every
 * append locks this row (SELECT … FOR UPDATE) and moves it on in the same transaction, so appends are serialised
 * on any database with row locks (Derby, PostgreSQL) and two of them can never take the same sequence number or
 * link to the same previous entry. It also anchors the end of the chain: entries removed from the end of the log
 * no longer match it.
 */
@Entity
@Cacheable(false)
@Table(name = "ZC_AUDIT_HEAD")
@NamedQuery(name = AuditHeadEntity.BY_ID, query = "SELECT h FROM AuditHeadEntity h WHERE h.id = :id")
public class AuditHeadEntity {
    public static final String BY_ID = "AuditHead.byId";
    /** The id of the one row. */
    static final long THE_ROW = 1;

    @Id
    @Column(name = "ID", nullable = false, updatable = false)
    private long id;

    @Column(name = "LAST_SEQUENCE_NO", nullable = false)
    private long lastSequence;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "LAST_AT_MICROS", nullable = false)
    private long lastAtMicros;

    protected AuditHeadEntity() {
        // for JPA
    }

    /** The head of an empty log. */
    static AuditHeadEntity genesis() {
        AuditHeadEntity head = new AuditHeadEntity();
        head.id = THE_ROW;
        head.lastSequence = 0;
        head.lastHash = AuditHash.GENESIS;
        head.lastAtMicros = Long.MIN_VALUE;
        return head;
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    /** The time of the last entry; entries never go back in time, even if the clock does. */
    long lastAtMicros() {
        return lastAtMicros;
    }

    void advance(long sequence, String hash, Instant at) {
        this.lastSequence = sequence;
        this.lastHash = hash;
        this.lastAtMicros = AuditTime.toMicros(at);
    }
}
