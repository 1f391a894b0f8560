package org.zhicheng.api.domain;

/**
 * An applicant as the API shows it; the identity number is masked unless the caller may see it.
 *
 * @param county the county or city of the employer, whose bureau reviews the file; null for units
 *               directly under the prefecture
 */
public record Applicant(long id, String fullName, String maskedIdNumber, String employer, String county, Tier tier,
                        String phone) {
}
