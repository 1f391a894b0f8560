package org.zhicheng.core.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.zhicheng.api.calendar.HolidaySchedule;

/** Reads a year's holiday arrangement as configured, refusing dates that are malformed or in another year. */
final class HolidayScheduleParser {

    private HolidayScheduleParser() {
    }

    static HolidaySchedule parse(int year, String holidays, String adjustedWorkingDays) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("holiday schedule year out of range: " + year);
        }
        return new HolidaySchedule(year, dates(year, "holidays", holidays), dates(year, "adjustedWorkingDays", adjustedWorkingDays));
    }

    private static Set<LocalDate> dates(int year, String key, String text) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String token : (text == null ? "" : text).split("[,\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(token.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + ": '" + token + "' is not a date (YYYY-MM-DD)");
            }
            if (date.getYear() != year) {
                throw new IllegalArgumentException(key + ": " + date + " is not in " + year);
            }
            dates.add(date);
        }
        return dates;
    }
}
