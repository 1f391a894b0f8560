package org.zhicheng.core.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.api.calendar.HolidayAdministration;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.config.YearConfigurations;

/**
 * Each year's holiday arrangement as the working-day calendar counts with it, and the administrator's editing of it:
 * checked ({@link HolidayRules}), written to the year's factory configuration {@code org.zhicheng.calendar}, which
 * {@link WorkingDayCalendarService} picks up live.
 */
@Component(service = HolidayAdministration.class)
public class HolidayAdministrationImpl implements HolidayAdministration {

    static final String FACTORY_PID = "org.zhicheng.calendar";

    private final WorkingDayCalendarService calendar;
    private final YearConfigurations configurations;

    @Activate
    public HolidayAdministrationImpl(@Reference WorkingDayCalendarService calendar, @Reference ConfigurationAdmin configAdmin,
                                     @Reference AuditLogImpl audit, BundleContext context) {
        this.calendar = calendar;
        this.configurations = new YearConfigurations(configAdmin, audit, FACTORY_PID, "HOLIDAYS_SAVED", "calendar:",
                YearConfigurations.etc(context));
    }

    @Override
    public Optional<HolidaySchedule> schedule(int year) {
        return calendar.schedule(year);
    }

    @Override
    public List<HolidaySchedule> schedules() {
        return calendar.schedules();
    }

    @Override
    public HolidaySchedule saveHolidays(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays, Actor actor) {
        YearConfigurations.requireEditor(actor, "修改节假日安排");
        HolidaySchedule schedule = HolidayRules.check(year, holidays, adjustedWorkingDays);
        configurations.save(actor, year, () -> calendar.schedule(year).map(HolidayScheduleParser::properties).orElse(null),
                HolidayScheduleParser.properties(schedule), Set.of("holidays", "adjustedWorkingDays"),
                () -> calendar.schedule(year).filter(schedule::equals).isPresent());
        return schedule;
    }
}
