package org.zhicheng.api.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an application's status history: who moved it, when, from where to where, and why. {@code at}
 * is the real instant, {@code platformDate} the platform's date the act counted on (deadlines and windows are
 * checked against it); null for entries recorded before the platform kept it.
 */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, Instant at, String actor, String reason,
                           LocalDate platformDate) {

    /** An entry without a platform date (as recorded before 1.4). */
    public StatusChange(ApplicationStatus from, ApplicationStatus to, Instant at, String actor, String reason) {
        this(from, to, at, actor, reason, null);
    }
}
