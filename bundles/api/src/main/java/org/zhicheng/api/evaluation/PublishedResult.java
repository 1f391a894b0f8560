package org.zhicheng.api.evaluation;

import org.zhicheng.api.domain.TitleLevel;

/**
 * One line of the results the committee publishes after its meeting (R-10, R-35 四公开): who passed, from which
 * employer, in which specialty and level, by which committee. Published on purpose, so names and employers are shown.
 */
public record PublishedResult(String committeeId, long applicationId, String fullName, String employer, String seriesCode, String specialty,
                              TitleLevel level, int evaluationYear) {
}
