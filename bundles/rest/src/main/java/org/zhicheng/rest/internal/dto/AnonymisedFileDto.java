package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.AnonymisedFile;

/**
 * A file as a blind expert sees it: a code instead of the applicant; never the name, ID number or employer.
 * {@code applicationId} is what the expert's score sheet is posted to.
 */
public record AnonymisedFileDto(String blindCode, long applicationId, String seriesCode, String specialty,
                                TitleLevel level, String levelLabel, Tier tier, String tierLabel, int evaluationYear,
                                ScoringStandardDto standard) {

    public static AnonymisedFileDto of(AnonymisedFile file) {
        return new AnonymisedFileDto(file.blindCode(), file.applicationId(), file.seriesCode(), file.specialty(),
                file.level(), file.level() == null ? null : file.level().officialTerm(), file.tier(),
                file.tier() == null ? null : file.tier().officialTerm(), file.evaluationYear(),
                file.standard() == null ? null : ScoringStandardDto.of(file.standard()));
    }
}
