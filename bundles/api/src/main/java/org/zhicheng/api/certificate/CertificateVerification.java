package org.zhicheng.api.certificate;

import java.time.LocalDate;

import org.zhicheng.api.domain.TitleLevel;

/**
 * The answer to a public verification: what anyone holding the certificate number and the holder's name may
 * see. Never the ID number or the employer. An invalid answer carries only the number asked about and the reason;
 * every other field is null (and {@code evaluationYear} 0), so that it reveals nothing about a certificate the asker
 * could not name correctly.
 */
public record CertificateVerification(boolean valid, String number, String holderName, String seriesName, String specialty,
                                      TitleLevel level, int evaluationYear, LocalDate issuedOn, String reasonIfInvalid) {

    /** An answer that reveals nothing but the number asked about and why it is not valid. */
    public static CertificateVerification invalid(String number, String reason) {
        return new CertificateVerification(false, number, null, null, null, null, 0, null, reason);
    }
}
