package org.zhicheng.api.service;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.StatusChange;

public interface ApplicationService {

    /** Opens a draft; refused for an unknown or suspended series, an unknown specialty or an exam-only level. */
    Application createDraft(NewApplication application, String actor);

    /**
     * Submits the application for review. {@code expectedVersion} is the version the caller saw:
     * if someone changed the application since, the submission is refused (optimistic locking).
     */
    Application submit(long applicationId, long expectedVersion, String actor);

    /**
     * A reviewer sends a submitted file back for correction with a reason; the file may then be
     * submitted again, at most three times in all.
     */
    Application returnForRevision(long applicationId, long expectedVersion, String actor, String reason);

    Optional<Application> find(long applicationId);

    List<Application> forApplicant(long applicantId);

    long countForSeries(String seriesCode);

    List<StatusChange> history(long applicationId);
}
