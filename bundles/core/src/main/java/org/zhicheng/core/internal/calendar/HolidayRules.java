package org.zhicheng.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.service.Refusal;

/**
 * What a year's holiday arrangement must satisfy before an administrator's edit is saved (it decides every "N working
 * days" deadline, e.g. the publicity of R-20). In this order, the first failure refused with {@code INVALID_INPUT}:
 * <ol>
 *   <li>the year lies between 2000 and 2100 (as the configuration accepts);</li>
 *   <li>both sets are given and hold no empty entry;</li>
 *   <li>every holiday and every adjusted working day lies in the year (one arrangement, one configuration file, per
 *       year);</li>
 *   <li>no day is both a holiday and an adjusted working day;</li>
 *   <li>adjusted working days (调休) are Saturdays or Sundays: weekend days worked instead of a weekday off. Holidays
 *       may be any day, the weekends inside a holiday included (as the State Council's notice lists them).</li>
 * </ol>
 */
public final class HolidayRules {

    private HolidayRules() {
    }

    /** The arrangement, or the refusal of the first rule it breaks. */
    public static HolidaySchedule check(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {
        if (year < 2000 || year > 2100) {
            throw invalid("year").refuse(2000, 2100, year);
        }
        if (holidays == null || adjustedWorkingDays == null || holidays.stream().anyMatch(d -> d == null)
                || adjustedWorkingDays.stream().anyMatch(d -> d == null)) {
            throw invalid("required").refuse();
        }
        for (LocalDate day : holidays) {
            if (day.getYear() != year) {
                throw invalid("holidayOutsideYear").refuse(day, year);
            }
        }
        for (LocalDate day : adjustedWorkingDays) {
            if (day.getYear() != year) {
                throw invalid("workdayOutsideYear").refuse(day, year);
            }
            if (holidays.contains(day)) {
                throw invalid("both").refuse(day);
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw invalid("workdayNotWeekend").refuse(day);
            }
        }
        return new HolidaySchedule(year, holidays, adjustedWorkingDays);
    }

    /** {@code INVALID_INPUT} in the catalogue's words for this check ({@code INVALID_INPUT.holidays.<check>}). */
    private static Refusal.Text invalid(String check) {
        return Refusal.INVALID_INPUT.variant("holidays." + check);
    }
}
