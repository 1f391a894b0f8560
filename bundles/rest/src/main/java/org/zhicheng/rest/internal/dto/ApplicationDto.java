package org.zhicheng.rest.internal.dto;

import java.time.Instant;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.TitleLevel;

/**
 * An application (申报). {@code version} is what a change must send back as {@code expectedVersion} (optimistic
 * locking: someone else's change in between gives 409 STALE_VERSION).
 */
public record ApplicationDto(long id, long applicantId, int evaluationYear, String seriesCode, String specialty,
                             TitleLevel level, String levelLabel, Channel channel, ApplicationStatus status,
                             int submissionCount, long version, Instant lastChange) {

    public static ApplicationDto of(Application application) {
        return new ApplicationDto(application.id(), application.applicantId(), application.evaluationYear(),
                application.seriesCode(), application.specialty(), application.level(),
                application.level() == null ? null : application.level().officialTerm(), application.channel(),
                application.status(), application.submissionCount(), application.version(), application.lastChange());
    }
}
