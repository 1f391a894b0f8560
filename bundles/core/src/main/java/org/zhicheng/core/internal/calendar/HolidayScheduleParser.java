package org.zhicheng.core.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.zhicheng.api.calendar.HolidaySchedule;

/**
 * Reads a year's holiday arrangement as configured, refusing dates that are malformed or in another year; and
 * writes one back as configuration properties.
 */
final class HolidayScheduleParser {

    private HolidayScheduleParser() {
    }

    static HolidaySchedule parse(int year, String holidays, String adjustedWorkingDays) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("holiday schedule year out of range: " + year);
        }
        return new HolidaySchedule(year, dates(year, "holidays", holidays), dates(year, "adjustedWorkingDays", adjustedWorkingDays));
    }

    /** The arrangement's configuration properties (keys of {@link HolidayScheduleConfiguration}), dates in order. */
    static Map<String, String> properties(HolidaySchedule schedule) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("year", Integer.toString(schedule.year()));
        p.put("holidays", text(schedule.holidays()));
        p.put("adjustedWorkingDays", text(schedule.adjustedWorkingDays()));
        return p;
    }

    private static String text(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().map(LocalDate::toString).collect(Collectors.joining(", "));
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
