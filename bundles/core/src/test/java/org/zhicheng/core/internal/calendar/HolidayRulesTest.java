package org.zhicheng.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.service.ZhichengException;

/** The checks of an administrator's edit of a year's holidays ({@link HolidayRules}), one test per refusal. */
class HolidayRulesTest {

    private static final HolidaySchedule SHIPPED_2023 = HolidayScheduleParser.parse(2023, TestCalendars.HOLIDAYS_2023,
            TestCalendars.WORKED_2023);

    @Test
    void theShippedArrangementPassesWithWeekendsInsideHolidays() {
        assertEquals(SHIPPED_2023, HolidayRules.check(2023, SHIPPED_2023.holidays(), SHIPPED_2023.adjustedWorkingDays()));
        assertEquals(new HolidaySchedule(2024, Set.of(), Set.of()), HolidayRules.check(2024, Set.of(), Set.of()));
    }

    @Test
    void aHolidayInAnotherYearIsRefused() {
        assertRefused(2023, Set.of(day("2024-01-01")), Set.of(), "节假日2024-01-01不在2023年内");
    }

    @Test
    void anAdjustedWorkingDayInAnotherYearIsRefused() {
        assertRefused(2023, Set.of(), Set.of(day("2022-12-31")), "调休上班日2022-12-31不在2023年内");
    }

    @Test
    void aDayCannotBeBothHolidayAndAdjustedWorkingDay_R20() {
        assertRefused(2023, Set.of(day("2023-10-07")), Set.of(day("2023-10-07")), "2023-10-07不能既是节假日又是调休上班日");
    }

    @Test
    void anAdjustedWorkingDayMustBeAWeekendDay() {
        assertRefused(2023, Set.of(), Set.of(day("2023-10-09")), "调休上班日2023-10-09不是周六或周日（调休是周末补班）");
    }

    @Test
    void missingSetsOrEntriesAndYearsOutOfRangeAreRefused() {
        assertRefused(2023, null, Set.of(), "节假日和调休上班日不能为空（可为空列表）");
        assertRefused(2023, new HashSet<>(Arrays.asList((LocalDate) null)), Set.of(), "节假日和调休上班日不能为空（可为空列表）");
        assertRefused(1999, Set.of(), Set.of(), "年度须在2000至2100年之间：1999");
    }

    @Test
    void propertiesWrittenForAYearReadBackAsTheSameArrangement() {
        HolidaySchedule schedule = HolidayRules.check(2023, Set.of(day("2023-08-03"), day("2023-01-02")),
                Set.of(day("2023-10-08")));
        var properties = HolidayScheduleParser.properties(schedule);
        assertEquals("2023-01-02, 2023-08-03", properties.get("holidays"));
        assertEquals(schedule, HolidayScheduleParser.parse(2023, properties.get("holidays"), properties.get("adjustedWorkingDays")));
    }

    private static void assertRefused(int year, Set<LocalDate> holidays, Set<LocalDate> worked, String chineseMessage) {
        ZhichengException refusal = assertThrows(ZhichengException.class, () -> HolidayRules.check(year, holidays, worked));
        assertEquals("INVALID_INPUT", refusal.code());
        assertEquals(chineseMessage, refusal.chineseMessage());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
