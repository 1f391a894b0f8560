package org.zhicheng.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.core.internal.Refusals;

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
            throw Refusals.invalidInput("年度须在2000至2100年之间：" + year, "the year must be between 2000 and 2100: " + year);
        }
        if (holidays == null || adjustedWorkingDays == null || holidays.stream().anyMatch(d -> d == null)
                || adjustedWorkingDays.stream().anyMatch(d -> d == null)) {
            throw Refusals.invalidInput("节假日和调休上班日不能为空（可为空列表）",
                    "holidays and adjusted working days are required (empty lists allowed) and hold no empty entry");
        }
        for (LocalDate day : holidays) {
            if (day.getYear() != year) {
                throw Refusals.invalidInput("节假日" + day + "不在" + year + "年内", "holiday " + day + " is not in " + year);
            }
        }
        for (LocalDate day : adjustedWorkingDays) {
            if (day.getYear() != year) {
                throw Refusals.invalidInput("调休上班日" + day + "不在" + year + "年内",
                        "adjusted working day " + day + " is not in " + year);
            }
            if (holidays.contains(day)) {
                throw Refusals.invalidInput(day + "不能既是节假日又是调休上班日",
                        day + " cannot be both a holiday and an adjusted working day");
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw Refusals.invalidInput("调休上班日" + day + "不是周六或周日（调休是周末补班）",
                        "adjusted working day " + day + " is not a Saturday or Sunday");
            }
        }
        return new HolidaySchedule(year, holidays, adjustedWorkingDays);
    }
}
