package org.zhicheng.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.calendar.WorkingDayCalendar;

/** The arithmetic of working days over the holiday schedules known so far. */
public class WorkingDays implements WorkingDayCalendar {

    /** A period longer than this is a mistake in the caller, not a deadline. */
    private static final int MAX_WORKING_DAYS = 3_650;

    private final Map<Integer, HolidaySchedule> schedules = new ConcurrentHashMap<>();

    public void add(HolidaySchedule schedule) {
        schedules.put(schedule.year(), schedule);
    }

    public void remove(HolidaySchedule schedule) {
        schedules.remove(schedule.year(), schedule);
    }

    public Optional<HolidaySchedule> schedule(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    public List<HolidaySchedule> schedules() {
        return schedules.values().stream().sorted(Comparator.comparingInt(HolidaySchedule::year)).toList();
    }

    @Override
    public boolean knowsYear(int year) {
        return schedules.containsKey(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        HolidaySchedule schedule = schedules.get(day.getYear());
        if (schedule != null) {
            if (schedule.holidays().contains(day)) {
                return false;
            }
            if (schedule.adjustedWorkingDays().contains(day)) {
                return true;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate endOfPeriod(LocalDate start, int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("a period has 1 to " + MAX_WORKING_DAYS + " working days: " + workingDays);
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
