package org.zhicheng.api.domain;

/**
 * An applicant as the API shows it; the identity number is masked unless the caller may see it.
 *
 * @param employer the unit's name, for display
 * @param county the county or city of the employer, whose bureau reviews the file; null for units
 *               directly under the prefecture
 * @param unitId the unit ({@link org.zhicheng.api.unit.Unit}) the applicant works for; null for an applicant
 *               registered by a unit name that is not on record
 */
public record Applicant(long id, String fullName, String maskedIdNumber, String employer, String county, Tier tier,
                        String phone, Long unitId) {

    /** An applicant of no recorded unit. */
    public Applicant(long id, String fullName, String maskedIdNumber, String employer, String county, Tier tier,
                     String phone) {
        this(id, fullName, maskedIdNumber, employer, county, tier, phone, null);
    }
}
