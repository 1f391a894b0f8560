package org.zhicheng.core.internal.notify;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.zhicheng.api.notify.OutgoingMessage;

/**
 * One email or SMS to send, written in the transaction of the act that caused it (a rolled-back act leaves none).
 * The worker moves it PENDING → SENDING (the claim, one conditional UPDATE) → SENT, or back to PENDING with a later
 * {@code nextAttemptAt} after a failure, and to FAILED after the last attempt.
 */
@Entity
@Table(name = "ZC_OUTBOX", indexes = @Index(name = "ZC_OUTBOX_DUE", columnList = "STATUS, NEXT_ATTEMPT_AT"))
@NamedQuery(name = OutboxEntity.DUE, query = "SELECT o.id FROM OutboxEntity o WHERE o.status = :pending AND o.channel IN :channels"
        + " AND o.nextAttemptAt <= :now ORDER BY o.id")
@NamedQuery(name = OutboxEntity.CLAIM, query = "UPDATE OutboxEntity o SET o.status = :sending, o.claimedAt = :now,"
        + " o.attempts = o.attempts + 1, o.version = o.version + 1 WHERE o.id = :id AND o.status = :pending")
@NamedQuery(name = OutboxEntity.RELEASE_STALE, query = "UPDATE OutboxEntity o SET o.status = :pending, o.version = o.version + 1"
        + " WHERE o.status = :sending AND o.claimedAt < :before")
public class OutboxEntity {
    static final String DUE = "Outbox.due";
    static final String CLAIM = "Outbox.claim";
    static final String RELEASE_STALE = "Outbox.releaseStale";

    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @TableGenerator(name = "OutboxIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "OutboxIds")
    private long id;

    @Column(nullable = false, length = 10, updatable = false)
    private String channel;

    @Column(name = "RECIPIENT", nullable = false, length = 64, updatable = false)
    private String recipient;

    @Column(name = "ADDRESS", nullable = false, length = 254, updatable = false)
    private String address;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "TEXT", nullable = false, length = 2000, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "CLAIMED_AT")
    private Instant claimedAt;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "LAST_ERROR", length = 500)
    private String lastError;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OutboxEntity() {
        // for JPA
    }

    OutboxEntity(String channel, String recipient, String address, String subject, String text, Instant createdAt) {
        this.channel = channel;
        this.recipient = recipient;
        this.address = address;
        this.subject = subject;
        this.text = text;
        this.status = Status.PENDING;
        this.nextAttemptAt = createdAt;
        this.createdAt = createdAt;
    }

    long getId() {
        return id;
    }

    String getChannel() {
        return channel;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getAddress() {
        return address;
    }

    String getSubject() {
        return subject;
    }

    String getText() {
        return text;
    }

    String getLastError() {
        return lastError;
    }

    /** The same on every attempt, so that a resend after a crash is recognisable (the at-least-once window). */
    OutgoingMessage toMessage(String domain) {
        return new OutgoingMessage("<zhicheng-outbox-" + id + "@" + domain + ">", address, subject, text);
    }

    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    void failed(String error, Instant retryAt, boolean last) {
        status = last ? Status.FAILED : Status.PENDING;
        nextAttemptAt = retryAt;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }
}
