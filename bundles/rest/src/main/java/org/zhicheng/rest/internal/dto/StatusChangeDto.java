package org.zhicheng.rest.internal.dto;

import java.time.Instant;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.StatusChange;

/** One entry of an application's history: who moved it, when, from where to where and why. */
public record StatusChangeDto(ApplicationStatus from, ApplicationStatus to, Instant at, String actor, String reason) {

    public static StatusChangeDto of(StatusChange change) {
        return new StatusChangeDto(change.from(), change.to(), change.at(), change.actor(), change.reason());
    }
}
