package org.zhicheng.api.career;

import java.time.LocalDate;

/**
 * full years counted up to the evaluation year's cutoff (12-31).
 *
 * @param cutoff             the day counted to
 * @param yearsOfWork        full years since the start of professional work
 * @param yearsInAppointment full years since the appointment to the current title; 0 without one
 */
public record Seniority(LocalDate cutoff, int yearsOfWork, int yearsInAppointment) {

    /** Full years from the day to the cutoff; 0 when there is no day or it is after the cutoff. */
    public static int fullYears(LocalDate from, LocalDate cutoff) {
        if (from == null || from.isAfter(cutoff)) {
            return 0;
        }
        return java.time.Period.between(from, cutoff).getYears();
    }

    public static Seniority of(LocalDate startedWork, LocalDate appointed, LocalDate cutoff) {
        return new Seniority(cutoff, fullYears(startedWork, cutoff), fullYears(appointed, cutoff));
    }
}
