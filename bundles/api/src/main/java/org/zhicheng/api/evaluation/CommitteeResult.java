package org.zhicheng.api.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.zhicheng.api.scoring.Grade;

/**
 * The outcome of a committee's meeting (Annex 5 row, see {@code Committee}) for one year and grade.
 *
 * @param passRate  the senior committee's pass rate; null for intermediate and junior grades, which have none
 * @param passLimit the most files that may pass under the pass rate; the number of candidates when there is none
 */
public record CommitteeResult(String committeeId, String seriesCode, int year, Grade grade, BigDecimal passRate,
                              int candidates, int passLimit, List<Ranked> ranking) {

    /** A file with its score and the committee's decision. */
    public record Ranked(long applicationId, BigDecimal expertScore, BigDecimal defenseScore, boolean approvedByVote,
                         boolean passed) {
    }

    public CommitteeResult {
        ranking = List.copyOf(ranking);
    }
}
