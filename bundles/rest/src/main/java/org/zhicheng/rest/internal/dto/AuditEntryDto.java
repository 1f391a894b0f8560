package org.zhicheng.rest.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.zhicheng.api.audit.AuditEntry;

/**
 * One entry of the tamper-evident audit log, with its hash chain: {@code at} the real instant, {@code platformDate}
 * the platform's date the act counted on (null for entries recorded before it was kept).
 */
public record AuditEntryDto(long sequence, Instant at, LocalDate platformDate, String actor, String action, String subject,
                            String detail, String previousHash, String hash) {

    public static AuditEntryDto of(AuditEntry e) {
        return new AuditEntryDto(e.sequence(), e.at(), e.platformDate(), e.actor(), e.action(), e.subject(), e.detail(),
                e.previousHash(), e.hash());
    }
}
