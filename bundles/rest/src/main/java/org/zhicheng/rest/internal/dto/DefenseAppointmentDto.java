package org.zhicheng.rest.internal.dto;

import java.time.LocalDateTime;

import org.zhicheng.api.evaluation.DefenseAppointment;

/**
 * A senior file's defense booking, and the body of {@code PUT /api/v1/applications/{id}/defense-appointment}:
 * {@code startsAt} ISO-8601 local time ({@code 2023-09-12T09:00}), {@code minutes} 10 to 240, {@code place} the room
 * or, with {@code online} true, the video meeting room or link.
 */
public record DefenseAppointmentDto(LocalDateTime startsAt, Integer minutes, String place, Boolean online) {

    public static DefenseAppointmentDto of(DefenseAppointment appointment) {
        return new DefenseAppointmentDto(appointment.startsAt(), appointment.minutes(), appointment.place(),
                appointment.online());
    }

    /** Absent minutes become 0 and absent online false, which core refuses or takes as a room, in Chinese. */
    public DefenseAppointment toAppointment() {
        return new DefenseAppointment(startsAt, minutes == null ? 0 : minutes, place, Boolean.TRUE.equals(online));
    }
}
