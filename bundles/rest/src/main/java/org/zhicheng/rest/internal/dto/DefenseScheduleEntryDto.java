package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;

import org.zhicheng.api.evaluation.DefenseScheduleEntry;

/** One senior file on the committee office's defense schedule; appointment, exemption and score may be null. */
public record DefenseScheduleEntryDto(long applicationId, String applicantName, String specialty, String level,
                                      DefenseAppointmentDto appointment, String exemption, BigDecimal defenseScore) {

    public static DefenseScheduleEntryDto of(DefenseScheduleEntry entry) {
        return new DefenseScheduleEntryDto(entry.applicationId(), entry.applicantName(), entry.specialty(),
                entry.level().name(), entry.booked() ? DefenseAppointmentDto.of(entry.appointment()) : null,
                entry.exemption() == null ? null : entry.exemption().name(), entry.defenseScore());
    }
}
