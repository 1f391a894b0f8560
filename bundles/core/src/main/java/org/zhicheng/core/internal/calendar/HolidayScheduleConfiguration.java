package org.zhicheng.core.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Factory configuration {@code org.zhicheng.calendar} (one per year, e.g. etc/org.zhicheng.calendar-2023.cfg):
 * the State Council's holiday arrangement for the year.
 */
@ObjectClassDefinition(name = "Zhicheng holiday schedule", description = "Public holidays and adjusted working days of one year")
public @interface HolidayScheduleConfiguration {

    @AttributeDefinition(description = "The year, e.g. 2023")
    int year();

    @AttributeDefinition(description = "Weekdays off, ISO dates separated by commas")
    String holidays() default "";

    @AttributeDefinition(description = "Weekend days worked (调休), ISO dates separated by commas")
    String adjustedWorkingDays() default "";
}
