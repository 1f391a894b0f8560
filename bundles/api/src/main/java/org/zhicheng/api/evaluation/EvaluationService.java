package org.zhicheng.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.security.Actor;

/**
 * The committee office's and experts' part of the evaluation. The committee office (of the file's series, or of
 * every series) runs it; an expert sees only the anonymised files assigned to them.
 */
public interface EvaluationService {

    Expert registerExpert(Expert expert, Actor actor);

    /**
     * @deprecated unchecked: answers any caller; use {@link #expert(String, Actor)}, which shows the expert's real name
     * and employer only to the committee office, admins and the expert themself (issue 15).
     */
    @Deprecated
    Optional<Expert> expert(String expertId);

    /**
     * The expert's profile (real name, employer), for the committee office, admins and the expert themself; refused
     * ({@code FORBIDDEN}) for anybody else before looking the expert up, so no one else learns whether the id exists.
     */
    Optional<Expert> expert(String expertId, Actor actor);

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

    /** The committee's files of the year that passed (and kept their title), for publication. */
    List<PublishedResult> committeeResults(String committeeId, int year);
}
