package org.zhicheng.api.certificate;

import java.time.LocalDate;

import org.zhicheng.api.domain.TitleLevel;

/**
 * An electronic professional-title certificate as the office and the holder see it. Its content is
 * fixed when it is issued; only its revocation changes it.
 *
 * @param number                    unique and deterministic, e.g. {@code ZC-2023-WATER-000001}: year, series, running
 *                                  number within the year
 * @param verificationCode          random code printed on the certificate (no 0/O/1/I, which are easily confused)
 * @param maskedIdNumber            the holder's ID number with the middle digits masked
 * @param qualificationDocumentDate date of the qualification document (资格文件) the title was granted by
 * @param issuedOn                  day the certificate was issued
 * @param revoked                   the qualification was revoked for falsified material
 */
public record Certificate(String number, String verificationCode, long applicationId, String holderName,
                          String maskedIdNumber, String seriesName, String specialty, TitleLevel level, int evaluationYear,
                          LocalDate qualificationDocumentDate, LocalDate issuedOn, boolean revoked) {
}
