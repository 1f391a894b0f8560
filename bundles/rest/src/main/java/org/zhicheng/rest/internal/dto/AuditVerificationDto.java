package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.audit.AuditVerification;

/** The result of checking the whole audit log; {@code firstBrokenSequence} is 0 when intact. */
public record AuditVerificationDto(boolean intact, long entriesChecked, long firstBrokenSequence, String problem) {

    public static AuditVerificationDto of(AuditVerification v) {
        return new AuditVerificationDto(v.intact(), v.entriesChecked(), v.firstBrokenSequence(), v.problem());
    }
}
