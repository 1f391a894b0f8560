package org.zhicheng.api.series;

import java.util.Objects;

import org.zhicheng.api.domain.TitleLevel;

/**
 * the years a series asks before a file at a level is opened, counted to 12-31 of the evaluation year.
 *
 * @param level              the level applied for
 * @param yearsInAppointment full years in the current appointment
 * @param yearsOfWork        full years of professional work
 * @param sample             a value the notice does not state, shipped as a sample for the department to replace
 */
public record SeniorityMinimum(TitleLevel level, int yearsInAppointment, int yearsOfWork, boolean sample) {

    public SeniorityMinimum {
        Objects.requireNonNull(level, "level");
        if (yearsInAppointment < 0 || yearsOfWork < 0) {
            throw new IllegalArgumentException("years must not be negative");
        }
    }
}
