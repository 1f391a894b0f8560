package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/applicants}. {@code tier}: {@code PREFECTURE_DIRECT}, {@code COUNTY_CITY},
 * {@code TOWNSHIP} or the official term (地直, 县市, 乡镇).
 */
public record NewApplicantRequest(String fullName, String idNumber, String employer, String tier, String phone) {
}
