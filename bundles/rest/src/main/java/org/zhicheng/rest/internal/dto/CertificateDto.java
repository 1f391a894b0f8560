package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.domain.TitleLevel;

/** An electronic certificate as the office sees it; the holder's ID number only masked. */
public record CertificateDto(String number, String verificationCode, long applicationId, String holderName,
                             String maskedIdNumber, String seriesName, String specialty, TitleLevel level,
                             String levelLabel, int evaluationYear, LocalDate qualificationDocumentDate,
                             LocalDate issuedOn, boolean revoked) {

    public static CertificateDto of(Certificate c) {
        return new CertificateDto(c.number(), c.verificationCode(), c.applicationId(), c.holderName(), c.maskedIdNumber(),
                c.seriesName(), c.specialty(), c.level(), c.level() == null ? null : c.level().officialTerm(),
                c.evaluationYear(), c.qualificationDocumentDate(), c.issuedOn(), c.revoked());
    }
}
