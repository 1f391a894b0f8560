package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.education.EducationExemption;

/**
 * An approved continuing-education exemption form (Annex 4, R-18), and the body of
 * {@code POST /api/v1/applicants/{applicantId}/continuing-education/exemptions}: {@code approvedBy} the 访惠聚 office
 * or United Front department that approved it, {@code reference} its number.
 */
public record EducationExemptionDto(Long applicantId, Integer year, String approvedBy, String reference) {

    public static EducationExemptionDto of(EducationExemption e) {
        return new EducationExemptionDto(e.applicantId(), e.year(), e.approvedBy(), e.reference());
    }
}
