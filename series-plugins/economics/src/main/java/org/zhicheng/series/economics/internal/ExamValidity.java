package org.zhicheng.series.economics.internal;

import org.zhicheng.api.domain.ExamResult;

/**
 * a national senior-economics exam result at the national pass standard is valid for 5 years (the year
 * taken and the four after it); one below it only in the year it was taken.
 */
final class ExamValidity {

    static final int YEARS_AT_NATIONAL_STANDARD = 5;

    private ExamValidity() {
    }

    static boolean validIn(ExamResult result, int evaluationYear) {
        if (!ExamResult.SENIOR_ECONOMICS.equals(result.exam()) || result.year() > evaluationYear) {
            return false;
        }
        int lastYear = result.atNationalStandard() ? result.year() + YEARS_AT_NATIONAL_STANDARD - 1 : result.year();
        return evaluationYear <= lastYear;
    }
}
