package org.zhicheng.api.domain;

/**
 * Where an application stands in the review chain. The order of the constants is the order of the chain;
 * evaluation, results and certificates extend it.
 */
public enum ApplicationStatus {
    /** Being filled by the applicant. */
    DRAFT,
    /** Submitted; the employer checks it. */
    SUBMITTED,
    /** Sent back for correction with a reason; to be resubmitted within the deadline. */
    RETURNED,
    /** The employer approved it with an explicit opinion and publishes it in the unit. */
    IN_PUBLICITY,
    /** Publicity over without a standing objection: recommended to the county bureau or series department. */
    RECOMMENDED,
    /** Accepted by the county bureau or series department (已接收材料); the fee may be paid now. */
    MATERIAL_RECEIVED,
    /** The evaluation fee is paid. */
    FEE_PAID,
    /** With the committee: blind expert scoring, defense for senior levels. */
    UNDER_EVALUATION,
    /** Passed the committee's vote (within the senior pass rate, R-34); results published. */
    PASSED,
    /** Not passed by the committee. */
    FAILED,
    /** Qualification document and electronic certificate issued. */
    CERTIFIED,
    /** The granted qualification and its certificate revoked for falsified material; final. */
    REVOKED,
    /** Not accepted (不予受理): falsified material and the like; final. */
    REFUSED,
    /** Withdrawn by the applicant. */
    WITHDRAWN
}
