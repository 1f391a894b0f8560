package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.domain.Publicity;

/** The employer's publicity of a file inside the unit, with the number of objections still open. */
public record PublicityDto(LocalDate firstDay, LocalDate lastDay, String employerOpinion, int openObjections) {

    public static PublicityDto of(Publicity publicity) {
        return new PublicityDto(publicity.firstDay(), publicity.lastDay(), publicity.employerOpinion(),
                publicity.openObjections());
    }
}
