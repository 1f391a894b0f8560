package org.zhicheng.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = TestCalendars.china2023();

    @Test
    void holidaysAreOffAndAdjustedWeekendsAreWorked() {
        assertFalse(days.isWorkingDay(LocalDate.of(2023, 10, 2)), "National Day, a Monday");
        assertTrue(days.isWorkingDay(LocalDate.of(2023, 10, 7)), "Saturday worked (调休)");
        assertTrue(days.isWorkingDay(LocalDate.of(2023, 9, 28)), "an ordinary Thursday");
        assertFalse(days.isWorkingDay(LocalDate.of(2023, 9, 16)), "an ordinary Saturday");
        assertTrue(days.knowsYear(2023));
        assertFalse(days.knowsYear(2024));
    }

    @Test
    void publicityOfFiveWorkingDaysSpansTheNationalDayHoliday_R20() {
        // started Wednesday 09-27: 27, 28, then the holiday 29..06, then the worked weekend 07, 08 and Monday 09
        assertEquals(LocalDate.of(2023, 10, 9), days.endOfPeriod(LocalDate.of(2023, 9, 27), 5));
        assertEquals(5, days.workingDaysBetween(LocalDate.of(2023, 9, 27), LocalDate.of(2023, 10, 9)));
        // an ordinary week: Monday to Friday
        assertEquals(LocalDate.of(2023, 8, 18), days.endOfPeriod(LocalDate.of(2023, 8, 14), 5));
        // started on a Saturday: the count begins on Monday
        assertEquals(LocalDate.of(2023, 8, 25), days.endOfPeriod(LocalDate.of(2023, 8, 19), 5));
    }

    @Test
    void twoWorkingDaysSkipTheWeekend() {
        assertEquals(LocalDate.of(2023, 8, 21), days.endOfPeriod(LocalDate.of(2023, 8, 18), 2), "Friday and Monday");
    }

    @Test
    void malformedOrStrayDatesAreRefused() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> HolidayScheduleParser.parse(2023, "2023-13-01", ""));
        assertEquals("holidays: '2023-13-01' is not a date (YYYY-MM-DD)", wrong.getMessage());
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class,
                () -> HolidayScheduleParser.parse(2023, "", "2024-01-06"));
        assertEquals("adjustedWorkingDays: 2024-01-06 is not in 2023", stray.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HolidayScheduleParser.parse(2023, "2023-10-07", "2023-10-07"));
        assertThrows(IllegalArgumentException.class, () -> days.endOfPeriod(LocalDate.of(2023, 1, 1), 0));
    }
}
