package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.career.Seniority;

/** a file's full years of professional work and in the current appointment, counted to {@code cutoff}. */
public record SeniorityDto(LocalDate cutoff, int yearsOfWork, int yearsInAppointment) {

    public static SeniorityDto of(Seniority seniority) {
        return new SeniorityDto(seniority.cutoff(), seniority.yearsOfWork(), seniority.yearsInAppointment());
    }
}
