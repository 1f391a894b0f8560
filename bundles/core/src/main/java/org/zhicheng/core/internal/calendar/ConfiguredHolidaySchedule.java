package org.zhicheng.core.internal.calendar;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.zhicheng.api.calendar.HolidaySchedule;

/** One year's holiday arrangement from a factory configuration; a malformed one does not activate. */
@Component(service = ConfiguredHolidaySchedule.class, configurationPid = "org.zhicheng.calendar",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HolidayScheduleConfiguration.class, factory = true)
public class ConfiguredHolidaySchedule {

    private final HolidaySchedule schedule;

    @Activate
    public ConfiguredHolidaySchedule(HolidayScheduleConfiguration configuration) {
        this.schedule = HolidayScheduleParser.parse(configuration.year(), configuration.holidays(),
                configuration.adjustedWorkingDays());
    }

    HolidaySchedule schedule() {
        return schedule;
    }
}
