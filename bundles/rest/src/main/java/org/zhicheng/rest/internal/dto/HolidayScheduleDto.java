package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zhicheng.api.calendar.HolidaySchedule;

/**
 * A year's public holidays and adjusted working days (调休), ISO dates in order: the answer of
 * {@code GET /api/v1/calendar/{year}/holidays} and the body of {@code PUT} (both lists required, empty allowed;
 * {@code year} may be left out, else it must be the path's).
 */
public record HolidayScheduleDto(Integer year, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays) {

    public static HolidayScheduleDto of(HolidaySchedule schedule) {
        return new HolidayScheduleDto(schedule.year(), schedule.holidays().stream().sorted().toList(),
                schedule.adjustedWorkingDays().stream().sorted().toList());
    }

    /** The holidays of the path's year (null entries are core's to refuse, with its message). */
    public Set<LocalDate> holidaysOf(int pathYear) {
        Years.requireSame(year, pathYear);
        return new HashSet<>(Inputs.required(holidays, "节假日不能为空（可为空列表） / holidays is required (may be empty)"));
    }

    public Set<LocalDate> adjustedWorkingDaysOf(int pathYear) {
        Years.requireSame(year, pathYear);
        return new HashSet<>(Inputs.required(adjustedWorkingDays,
                "调休上班日不能为空（可为空列表） / adjustedWorkingDays is required (may be empty)"));
    }
}
