package org.zhicheng.api.domain;

import java.time.Instant;

/** One entry of an application's status history: who moved it, when, from where to where, and why. */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, Instant at, String actor, String reason) {
}
