package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.certificate.CertificateVerification;

/** What the public learns from a certificate check: nothing beyond the number asked about when it fails. */
public record CertificateVerificationDto(boolean valid, String number, String holderName, String seriesName,
                                         String specialty, String level, Integer evaluationYear, LocalDate issuedOn,
                                         String reason) {

    public static CertificateVerificationDto of(CertificateVerification v) {
        if (!v.valid()) {
            return new CertificateVerificationDto(false, v.number(), null, null, null, null, null, null, v.reasonIfInvalid());
        }
        return new CertificateVerificationDto(true, v.number(), v.holderName(), v.seriesName(), v.specialty(),
                v.level().officialTerm(), v.evaluationYear(), v.issuedOn(), "");
    }
}
