package org.zhicheng.core.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.calendar.WorkingDayCalendar;

/**
 * The working-day calendar service over every configured year (see {@link ConfiguredHolidaySchedule}); also a service
 * of its own class, for core's {@link HolidayAdministrationImpl} to read the years' arrangements.
 */
@Component(service = {WorkingDayCalendar.class, WorkingDayCalendarService.class}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class WorkingDayCalendarService implements WorkingDayCalendar {

    private final WorkingDays days = new WorkingDays();
    private final Map<ConfiguredHolidaySchedule, HolidaySchedule> bySource = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSchedule(ConfiguredHolidaySchedule source) {
        HolidaySchedule schedule = source.schedule();
        bySource.put(source, schedule);
        days.add(schedule);
    }

    void removeSchedule(ConfiguredHolidaySchedule source) {
        HolidaySchedule schedule = bySource.remove(source);
        if (schedule != null) {
            days.remove(schedule);
        }
    }

    /** The year's arrangement as the calendar counts with it now. */
    public Optional<HolidaySchedule> schedule(int year) {
        return days.schedule(year);
    }

    /** Every year's arrangement, oldest first. */
    public List<HolidaySchedule> schedules() {
        return days.schedules();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return days.isWorkingDay(day);
    }

    @Override
    public LocalDate endOfPeriod(LocalDate start, int workingDays) {
        return days.endOfPeriod(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days.workingDaysBetween(from, to);
    }

    @Override
    public boolean knowsYear(int year) {
        return days.knowsYear(year);
    }
}
