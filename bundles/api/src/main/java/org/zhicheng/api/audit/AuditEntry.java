package org.zhicheng.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the audit log: who ({@code actor}) did what ({@code action}, a stable code such as
 * {@code APPLICATION_SUBMITTED}) to which object ({@code subject}, such as {@code application:42}), when
 * ({@code at}) and why ({@code detail}, possibly empty).
 *
 * <p>Entries are numbered 1, 2, 3, … without gaps ({@code sequence}). {@code hash} is the hex SHA-256 of the
 * entry's content together with {@code previousHash}, the hash of the entry before it (64 zeros for the first
 * entry), so that altering, removing or inserting an entry breaks the chain ({@link AuditLog#verify()}).
 *
 * <p>{@code at} is the real instant; {@code platformDate} the platform's date the act counted on (the date the rules
 * saw, which a training installation may set, see {@code CampaignService#platformDate}); null for entries recorded
 * before the platform kept it.
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject, String detail,
                         String previousHash, String hash, LocalDate platformDate) {

    /** An entry without a platform date (as recorded before 1.1). */
    public AuditEntry(long sequence, Instant at, String actor, String action, String subject, String detail,
                      String previousHash, String hash) {
        this(sequence, at, actor, action, subject, detail, previousHash, hash, null);
    }
}
