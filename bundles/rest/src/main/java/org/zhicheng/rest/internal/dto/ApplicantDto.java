package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Tier;

/** An applicant; the ID number only masked. */
public record ApplicantDto(long id, String fullName, String maskedIdNumber, String employer, String county, Tier tier,
                           String tierLabel, String phone, Long unitId) {

    public static ApplicantDto of(Applicant applicant) {
        return new ApplicantDto(applicant.id(), applicant.fullName(), applicant.maskedIdNumber(), applicant.employer(),
                applicant.county(), applicant.tier(), applicant.tier() == null ? null : applicant.tier().officialTerm(), applicant.phone(),
                applicant.unitId());
    }
}
