package org.zhicheng.rest.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.StatusChange;

/**
 * One entry of an application's history: who moved it, when (the real instant {@code at} and the platform's date
 * {@code platformDate} the act counted on, null before it was kept), from where to where and why.
 */
public record StatusChangeDto(ApplicationStatus from, ApplicationStatus to, Instant at, String actor, String reason,
                              LocalDate platformDate) {

    public static StatusChangeDto of(StatusChange change) {
        return new StatusChangeDto(change.from(), change.to(), change.at(), change.actor(), change.reason(),
                change.platformDate());
    }
}
