package org.zhicheng.api.calendar;

import java.time.LocalDate;

/** China's working days: Monday to Friday except public holidays, plus adjusted working days (调休). */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate day);

    /**
     * The last day of a period of {@code workingDays} working days that starts on {@code start} (counted if it
     * is a working day), e.g. the end of the employer's 5-working-day publicity.
     */
    LocalDate endOfPeriod(LocalDate start, int workingDays);

    /** Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** True when the year's holidays are known; deadlines in an unknown year count weekends only. */
    boolean knowsYear(int year);
}
