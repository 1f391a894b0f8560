package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/applicants} and of the self-registration. {@code tier}: {@code PREFECTURE_DIRECT},
 * {@code COUNTY_CITY}, {@code TOWNSHIP} or the official term (地直, 县市, 乡镇); {@code county}: the employer's county
 * or city (阿克苏市, 库车市, ...), empty for units directly under the prefecture. {@code unitId}: the unit on record
 * (from {@code GET /api/v1/units/confirmed}); its name, county and tier then apply and {@code employer}, {@code county}
 * and {@code tier} may be left out.
 */
public record NewApplicantRequest(String fullName, String idNumber, String employer, String county, String tier,
                                  String phone, Long unitId) {

    /** Naming the unit by its name. */
    public NewApplicantRequest(String fullName, String idNumber, String employer, String county, String tier, String phone) {
        this(fullName, idNumber, employer, county, tier, phone, null);
    }
}
