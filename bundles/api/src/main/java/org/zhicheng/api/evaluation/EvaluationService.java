package org.zhicheng.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.security.Actor;

/**
 * The committee office's and experts' part of the evaluation. The committee office (of the file's series, or of
 * every series) runs it; an expert sees only the anonymised files assigned to them.
 */
public interface EvaluationService {

    Expert registerExpert(Expert expert, Actor actor);

    Optional<Expert> expert(String expertId);

    /** A paid file goes to the committee (FEE_PAID to UNDER_EVALUATION). */
    Application startEvaluation(long applicationId, long expectedVersion, Actor actor);

    /**
     * Assigns experts to a file. Refused for an expert outside the series, from the applicant's own employer, or
     * with a declared relation to the applicant (conflict of interest).
     */
    List<Expert> assignExperts(long applicationId, List<String> expertIds, Actor actor);

    List<Expert> assignedExperts(long applicationId, Actor actor);

    /** Files assigned to the expert, anonymised: the expert's own, or any expert's for the committee office. */
    List<AnonymisedFile> filesFor(String expertId, Actor actor);

    /** One assigned file, anonymised, for the logged-in expert; refused for a file not assigned to them. */
    AnonymisedFile anonymisedFile(long applicationId, Actor expert);

    /** senior files defend; the defense panel's score, 0 to 100. */
    void recordDefenseScore(long applicationId, BigDecimal score, Actor actor);

    /** a senior applicant exempt from the defense the year they apply. */
    void exemptFromDefense(long applicationId, DefenseExemption reason, Actor actor);

    /**
     * the recorded score, or for an exempt file the mean of that year's defense scores of its committee (same specialty);
     * empty while there is none.
     */
    Optional<BigDecimal> defenseScore(long applicationId, Actor actor);

    /**
     * The meeting of one committee (Annex 5 row, {@code SeriesCatalog#committee}) for a year and grade: every file
     * of the committee's specialty and levels of that grade under evaluation is decided. Files the vote approves
     * pass, but for senior grades no more than the pass rate allows, best scores first; intermediate and
     * junior meetings have no pass rate and refuse one (PASS_RATE_NOT_APPLICABLE). Results move the files to
     * PASSED or FAILED.
     */
    CommitteeResult holdMeeting(String committeeId, int year, Grade grade, BigDecimal seniorPassRate,
                                Map<Long, Boolean> votes, Actor actor);

    /** The committee's files of the year that passed (and kept their title), for publication. */
    List<PublishedResult> committeeResults(String committeeId, int year);
}
