package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.PublishedResult;

/** One passed applicant in the published results of a series and year. */
public record PublishedResultDto(long applicationId, String fullName, String employer, String seriesCode, String specialty,
                                 TitleLevel level, String levelLabel, int evaluationYear) {

    public static PublishedResultDto of(PublishedResult r) {
        return new PublishedResultDto(r.applicationId(), r.fullName(), r.employer(), r.seriesCode(), r.specialty(), r.level(),
                r.level() == null ? null : r.level().officialTerm(), r.evaluationYear());
    }
}
