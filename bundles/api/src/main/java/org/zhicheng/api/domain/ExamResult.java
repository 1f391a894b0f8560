package org.zhicheng.api.domain;

import java.util.Objects;

/**
 * A national professional qualification exam result of an applicant, e.g. the senior-economics exam that
 * the senior economist evaluation requires.
 *
 * @param atNationalStandard the score reached the national pass standard (then valid 5 years, R-33)
 */
public record ExamResult(long applicantId, String exam, int year, boolean atNationalStandard) {

    /** The national senior-economics exam (全国高级经济专业技术资格考试). */
    public static final String SENIOR_ECONOMICS = "senior-economics";

    public ExamResult {
        Objects.requireNonNull(exam, "exam");
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("考试年度无效 / exam year out of range: " + year);
        }
    }
}
