package org.zhicheng.rest.internal.dto;

import java.time.Instant;

import org.zhicheng.api.audit.AuditEntry;

/** One entry of the tamper-evident audit log, with its hash chain. */
public record AuditEntryDto(long sequence, Instant at, String actor, String action, String subject, String detail,
                            String previousHash, String hash) {

    public static AuditEntryDto of(AuditEntry e) {
        return new AuditEntryDto(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.previousHash(),
                e.hash());
    }
}
