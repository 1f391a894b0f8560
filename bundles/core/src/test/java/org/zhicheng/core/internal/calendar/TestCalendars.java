package org.zhicheng.core.internal.calendar;

/** The real working-day calendar with the 2023 arrangement as shipped in etc/org.zhicheng.calendar-2023.cfg. */
public final class TestCalendars {

    static final String HOLIDAYS_2023 = "2023-01-01, 2023-01-02, 2023-01-21, 2023-01-22, 2023-01-23, 2023-01-24,"
            + " 2023-01-25, 2023-01-26, 2023-01-27, 2023-04-05, 2023-04-29, 2023-04-30, 2023-05-01, 2023-05-02, 2023-05-03,"
            + " 2023-06-22, 2023-06-23, 2023-06-24, 2023-09-29, 2023-09-30, 2023-10-01, 2023-10-02, 2023-10-03, 2023-10-04,"
            + " 2023-10-05, 2023-10-06";
    static final String WORKED_2023 = "2023-01-28, 2023-01-29, 2023-04-23, 2023-05-06, 2023-06-25, 2023-10-07, 2023-10-08";

    private TestCalendars() {
    }

    public static WorkingDays china2023() {
        WorkingDays days = new WorkingDays();
        days.add(HolidayScheduleParser.parse(2023, HOLIDAYS_2023, WORKED_2023));
        return days;
    }
}
