package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.ExamResult;

/**
 * A national exam result, and the body of {@code POST /api/v1/applicants/{applicantId}/exam-results}:
 * {@code exam} e.g. {@code senior-economics}, {@code year} taken, {@code atNationalStandard} whether it reached the
 * national pass standard (valid 5 years; below it only the year taken).
 */
public record ExamResultDto(Long applicantId, String exam, Integer year, Boolean atNationalStandard) {

    public static ExamResultDto of(ExamResult r) {
        return new ExamResultDto(r.applicantId(), r.exam(), r.year(), r.atNationalStandard());
    }

    public ExamResult toResult(long applicant) {
        String name = Inputs.required(exam, "请填写考试名称 / exam is required").trim();
        return Inputs.construct(() -> new ExamResult(applicant, name, Inputs.required(year, "请填写考试年度 / year is required"),
                Inputs.required(atNationalStandard, "请选择是否达到国家合格标准 / atNationalStandard is required")));
    }
}
