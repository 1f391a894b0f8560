package org.zhicheng.api.domain;

import java.util.Objects;

/**
 * What it takes to register an applicant. Field checks happen here so that bad input never reaches storage.
 *
 * @param county the county or city of the employer; blank or null for units directly under the prefecture
 * @param unitId  the unit on record the applicant works for; core then takes the employer's name, county and tier
 *                from the unit and ignores those given. Null: the unit is found by its name, or is none on record.
 */
public record NewApplicant(String fullName, ResidentIdNumber idNumber, String employer, String county, Tier tier,
                           String phone, Long unitId) {

    /** An applicant named by the unit's name only. */
    public NewApplicant(String fullName, ResidentIdNumber idNumber, String employer, String county, Tier tier,
                        String phone) {
        this(fullName, idNumber, employer, county, tier, phone, null);
    }

    /** An applicant of the unit on record (whose name, county and tier core takes from the unit). */
    public static NewApplicant ofUnit(String fullName, ResidentIdNumber idNumber, long unitId, String phone) {
        return new NewApplicant(fullName, idNumber, null, null, null, phone, unitId);
    }

    /** An applicant of a unit directly under the prefecture, which no county bureau reviews. */
    public NewApplicant(String fullName, ResidentIdNumber idNumber, String employer, Tier tier, String phone) {
        this(fullName, idNumber, employer, null, tier, phone, null);
    }

    public NewApplicant {
        fullName = requireText(fullName, "姓名不能为空 / full name is required");
        Objects.requireNonNull(idNumber, "身份证号不能为空 / ID number is required");
        if (unitId == null) {
            employer = requireText(employer, "工作单位不能为空 / employer is required");
            Objects.requireNonNull(tier, "单位层级不能为空 / tier is required");
        } else {
            employer = employer == null || employer.isBlank() ? null : employer.trim();
        }
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
