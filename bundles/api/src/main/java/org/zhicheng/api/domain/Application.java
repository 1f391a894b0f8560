package org.zhicheng.api.domain;

import java.time.Instant;

/** An application (申报) for one series, specialty and level in one evaluation year. */
public record Application(long id, long applicantId, int evaluationYear, String seriesCode, String specialty,
                          TitleLevel level, Channel channel, ApplicationStatus status, int submissionCount,
                          long version, Instant lastChange) {
}
