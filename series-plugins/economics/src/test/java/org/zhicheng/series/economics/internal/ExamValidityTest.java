package org.zhicheng.series.economics.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.ExamResult;

class ExamValidityTest {

    @Test
    void resultAtTheNationalStandardIsValidFiveYears_R33() {
        ExamResult passed2019 = new ExamResult(1, ExamResult.SENIOR_ECONOMICS, 2019, true);
        assertTrue(ExamValidity.validIn(passed2019, 2019));
        assertTrue(ExamValidity.validIn(passed2019, 2023));
        assertFalse(ExamValidity.validIn(passed2019, 2024));
    }

    @Test
    void resultBelowTheNationalStandardIsValidOnlyItsYear_R33() {
        ExamResult local2023 = new ExamResult(1, ExamResult.SENIOR_ECONOMICS, 2023, false);
        assertTrue(ExamValidity.validIn(local2023, 2023));
        assertFalse(ExamValidity.validIn(local2023, 2024));
    }

    @Test
    void otherExamsAndFutureResultsDoNotCount_R33() {
        assertFalse(ExamValidity.validIn(new ExamResult(1, "accounting-intermediate", 2023, true), 2023));
        assertFalse(ExamValidity.validIn(new ExamResult(1, ExamResult.SENIOR_ECONOMICS, 2024, true), 2023));
    }
}
