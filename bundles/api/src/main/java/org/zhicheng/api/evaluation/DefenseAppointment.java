package org.zhicheng.api.evaluation;

import java.time.LocalDateTime;

/**
 * When and where a senior applicant defends: the start, how long the panel hears them, and the room, or for a
 * video defense (视频答辩) the online meeting room or link. Core checks the values when the committee books them.
 */
public record DefenseAppointment(LocalDateTime startsAt, int minutes, String place, boolean online) {

    /** The time the hearing ends, for the clash check of one place. */
    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(minutes);
    }
}
