package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.education.EducationRecord;

/**
 * A year's continuing-education hours, and the body of
 * {@code POST /api/v1/applicants/{applicantId}/continuing-education}: {@code kind} {@code PROFESSIONAL} (专业科目) or
 * {@code PUBLIC} (公需科目), {@code source} {@code PLATFORM} or {@code UPLOADED} (only before 2021/2022, R-18),
 * {@code reference} the certificate or record number; {@code applicantId} comes from the path.
 */
public record EducationRecordDto(Long applicantId, Integer year, String kind, String kindLabel, Integer hours,
                                 String source, String reference) {

    public static EducationRecordDto of(EducationRecord r) {
        return new EducationRecordDto(r.applicantId(), r.year(), r.kind().name(),
                r.kind() == EducationRecord.Kind.PROFESSIONAL ? "专业科目" : "公需科目", r.hours(), r.source().name(),
                r.reference());
    }

    public EducationRecord toRecord(long applicant) {
        return Inputs.construct(() -> new EducationRecord(applicant,
                Inputs.required(year, "请填写年度 / year is required"),
                Inputs.educationKind(kind),
                Inputs.required(hours, "请填写学时 / hours is required"),
                Inputs.educationSource(source), reference));
    }
}
