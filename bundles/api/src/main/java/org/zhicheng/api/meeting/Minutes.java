package org.zhicheng.api.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A meeting's minutes: attendance and recusals (in the meeting), each candidate's counts and the result. Computed when
 * voting closes; the chair signs them.
 *
 * @param passRate     the senior pass rate; null for intermediate and junior meetings
 * @param passLimit    the most candidates that may pass under it; the number of candidates when there is none
 * @param tiedAtCap    candidates who passed the ballot and tie (expert then defense score) across the cap's edge:
 *                     the chair decides which of them take the {@code seatsForTied} seats left when signing
 * @param signedBy     the presiding member's expert id, null until signed
 */
public record Minutes(Meeting meeting, BigDecimal passRate, int passLimit, List<Tally> tallies, List<Long> tiedAtCap,
                      int seatsForTied, String signedBy, Instant signedAt) {

    /**
     * One candidate's counts; only counts, never who voted how.
     *
     * @param eligible     members present and not recused: the two thirds are counted on them
     * @param passedBallot yes from at least two thirds of the eligible
     * @param passed       the result after the pass rate; null while tied at the cap and not yet decided by the chair
     */
    public record Tally(long applicationId, String blindCode, int eligible, int yes, int no, int abstain,
                        BigDecimal expertScore, BigDecimal defenseScore, boolean passedBallot, Boolean passed) {

        /** Eligible members who cast no ballot; they count as not yes. */
        public int notVoted() {
            return eligible - yes - no - abstain;
        }
    }

    public Minutes {
        tallies = List.copyOf(tallies);
        tiedAtCap = List.copyOf(tiedAtCap);
    }
}
