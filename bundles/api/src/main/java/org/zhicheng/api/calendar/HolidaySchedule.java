package org.zhicheng.api.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's official arrangement of public holidays: weekdays off, and weekend days worked instead (调休).
 * Published by the State Council each winter for the next year; the platform ships 2023 and takes later years
 * as configuration.
 */
public record HolidaySchedule(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    public HolidaySchedule {
        holidays = Set.copyOf(new TreeSet<>(holidays));
        adjustedWorkingDays = Set.copyOf(new TreeSet<>(adjustedWorkingDays));
        for (LocalDate day : adjustedWorkingDays) {
            if (holidays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and an adjusted working day");
            }
        }
    }
}
