package org.zhicheng.api.audit;

import java.time.Instant;

/**
 * One entry of the audit log: who ({@code actor}) did what ({@code action}, a stable code such as
 * {@code APPLICATION_SUBMITTED}) to which object ({@code subject}, such as {@code application:42}), when
 * ({@code at}) and why ({@code detail}, possibly empty).
 *
 * <p>Entries are numbered 1, 2, 3, … without gaps ({@code sequence}). {@code hash} is the hex SHA-256 of the
 * entry's content together with {@code previousHash}, the hash of the entry before it (64 zeros for the first
 * entry), so that altering, removing or inserting an entry breaks the chain ({@link AuditLog#verify()}).
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject, String detail,
                         String previousHash, String hash) {
}
