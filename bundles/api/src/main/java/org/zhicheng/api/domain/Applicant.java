package org.zhicheng.api.domain;

/** An applicant as the API shows it; the identity number is masked unless the caller may see it. */
public record Applicant(long id, String fullName, String maskedIdNumber, String employer, Tier tier, String phone) {
}
