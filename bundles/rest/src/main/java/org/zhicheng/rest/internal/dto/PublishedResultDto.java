package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.PublishedResult;

/** One line of a committee's published results: published on purpose, with name and employer. */
public record PublishedResultDto(String committeeId, long applicationId, String fullName, String employer, String seriesCode,
                                 String specialty, TitleLevel level, String levelLabel, int evaluationYear) {

    public static PublishedResultDto of(PublishedResult result) {
        return new PublishedResultDto(result.committeeId(), result.applicationId(), result.fullName(), result.employer(),
                result.seriesCode(), result.specialty(), result.level(), result.level().officialTerm(), result.evaluationYear());
    }
}
