package org.zhicheng.api.evaluation;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.scoring.ScoringStandard;

/**
 * What a blind expert sees of a file: a code instead of the applicant, never name, ID number, photo or
 * employer.
 */
public record AnonymisedFile(String blindCode, long applicationId, String seriesCode, String specialty, TitleLevel level,
                             Tier tier, int evaluationYear, ScoringStandard standard) {
}
