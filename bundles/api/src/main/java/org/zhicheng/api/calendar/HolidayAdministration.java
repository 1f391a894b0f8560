package org.zhicheng.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * Each year's holiday arrangement (public holidays and adjusted working days, 调休) as data, and the prefecture
 * administrator's editing of it. It is what {@link WorkingDayCalendar} counts every "N working days" deadline with
 * (e.g. the publicity of R-20); stored as the year's configuration (Config Admin factory pid
 * {@code org.zhicheng.calendar}, file {@code etc/org.zhicheng.calendar-<year>.cfg}).
 *
 * <p>Reading is public. Only {@code ADMIN} and {@code INTEGRATION} may save; anyone else is refused with
 * {@code FORBIDDEN}. Invalid dates are refused with {@code INVALID_INPUT} and a Chinese message. A refused save
 * changes nothing; every save is recorded in the audit log with the dates added and removed.
 */
@ProviderType
public interface HolidayAdministration {

    /** The year's arrangement; empty when the year is not configured (its deadlines then count weekends only). */
    Optional<HolidaySchedule> schedule(int year);

    /** Every configured year's arrangement, oldest first. */
    List<HolidaySchedule> schedules();

    /**
     * Creates or replaces the year's arrangement. Every date must lie in {@code year}; a date cannot be both a holiday
     * and an adjusted working day; adjusted working days are Saturdays or Sundays (weekend days worked instead).
     * When it returns, {@link WorkingDayCalendar} counts with the saved arrangement (it waits, a few seconds at most,
     * for the platform to apply it).
     *
     * @return the arrangement as saved
     * @throws org.zhicheng.api.service.ZhichengException {@code FORBIDDEN} or {@code INVALID_INPUT}; nothing changed
     */
    HolidaySchedule saveHolidays(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays, Actor actor);
}
