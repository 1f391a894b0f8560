package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.util.List;

import org.zhicheng.api.evaluation.CommitteeResult;
import org.zhicheng.api.scoring.Grade;

/** The outcome of a committee's meeting (one Annex 5 row, year and grade): the ranking, best first, with each file's vote and result. */
public record CommitteeResultDto(String committeeId, String seriesCode, int year, Grade grade, String gradeLabel, BigDecimal passRate,
                                 int candidates, int passLimit, List<Ranked> ranking) {

    public record Ranked(long applicationId, BigDecimal expertScore, BigDecimal defenseScore, boolean approvedByVote,
                         boolean passed) {
    }

    public static CommitteeResultDto of(CommitteeResult result) {
        return new CommitteeResultDto(result.committeeId(), result.seriesCode(), result.year(), result.grade(), result.grade().officialTerm(),
                result.passRate(), result.candidates(), result.passLimit(), result.ranking().stream()
                .map(r -> new Ranked(r.applicationId(), r.expertScore(), r.defenseScore(), r.approvedByVote(), r.passed()))
                .toList());
    }
}
