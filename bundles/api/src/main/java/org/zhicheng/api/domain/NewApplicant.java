package org.zhicheng.api.domain;

import java.util.Objects;

/**
 * What it takes to register an applicant. Field checks happen here so that bad input never reaches storage.
 *
 * @param county the county or city of the employer; blank or null for units directly under the prefecture
 */
public record NewApplicant(String fullName, ResidentIdNumber idNumber, String employer, String county, Tier tier,
                           String phone) {

    /** An applicant of a unit directly under the prefecture, which no county bureau reviews. */
    public NewApplicant(String fullName, ResidentIdNumber idNumber, String employer, Tier tier, String phone) {
        this(fullName, idNumber, employer, null, tier, phone);
    }

    public NewApplicant {
        fullName = requireText(fullName, "姓名不能为空 / full name is required");
        employer = requireText(employer, "工作单位不能为空 / employer is required");
        Objects.requireNonNull(idNumber, "身份证号不能为空 / ID number is required");
        Objects.requireNonNull(tier, "单位层级不能为空 / tier is required");
        phone = phone == null ? "" : phone.trim();
        county = county == null || county.isBlank() ? null : county.trim();
    }

    static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.trim();
    }
}
