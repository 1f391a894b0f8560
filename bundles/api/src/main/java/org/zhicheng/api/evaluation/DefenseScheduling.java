package org.zhicheng.api.evaluation;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * The committee office's defense schedule: senior files under evaluation are booked a time and a place, or a
 * video meeting room when the department holds the defense online. Files exempt under R-23 are not booked.
 */
@ProviderType
public interface DefenseScheduling {

    /**
     * Books or moves a file's defense. Refused for a file that does not defend (not senior, not under evaluation,
     * exempt, or already scored), for a time before today, and for a place already taken at an overlapping time.
     */
    DefenseAppointment book(long applicationId, DefenseAppointment appointment, Actor actor);

    /** Cancels a file's booking; nothing happens when there is none. */
    void cancel(long applicationId, Actor actor);

    /** The file's booking, for whoever may see the file (the applicant sees their own). */
    Optional<DefenseAppointment> appointment(long applicationId, Actor actor);

    /**
     * Every senior file of the series and year under evaluation, booked ones first by time, then the unbooked and
     * the exempt, for the committee office of the series.
     */
    List<DefenseScheduleEntry> schedule(String seriesCode, int year, Actor actor);
}
