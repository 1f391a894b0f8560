package org.zhicheng.api.domain;

/**
 * Where an application stands in the review chain. The order of the constants is the order of the chain;
 * evaluation, results and certificates extend it.
 */
public enum ApplicationStatus {
    /** Being filled by the applicant. */
    DRAFT("草稿", "draft"),
    /** Submitted; the employer checks it. */
    SUBMITTED("已提交", "submitted"),
    /** Sent back for correction with a reason; to be resubmitted within the deadline. */
    RETURNED("退回修改", "returned for revision"),
    /** The employer approved it with an explicit opinion and publishes it in the unit. */
    IN_PUBLICITY("单位公示中", "in publicity"),
    /** Publicity over without a standing objection: recommended to the county bureau or series department. */
    RECOMMENDED("单位已推荐", "recommended"),
    /** Accepted by the county bureau or series department (已接收材料); the fee may be paid now. */
    MATERIAL_RECEIVED("已接收材料", "material received"),
    /** The evaluation fee is paid. */
    FEE_PAID("已缴费", "fee paid"),
    /** With the committee: blind expert scoring, defense for senior levels. */
    UNDER_EVALUATION("评审中", "under evaluation"),
    /** Passed the committee's vote (within the senior pass rate, R-34); results published. */
    PASSED("评审通过", "passed"),
    /** Not passed by the committee. */
    FAILED("评审未通过", "not passed"),
    /** Qualification document and electronic certificate issued. */
    CERTIFIED("已发证", "certified"),
    /** The granted qualification and its certificate revoked for falsified material; final. */
    REVOKED("已撤销", "revoked"),
    /** Not accepted (不予受理): falsified material and the like; final. */
    REFUSED("不予受理", "refused"),
    /** Withdrawn by the applicant. */
    WITHDRAWN("已撤回", "withdrawn");

    private final String officialTerm;
    private final String englishTerm;

    ApplicationStatus(String officialTerm, String englishTerm) {
        this.officialTerm = officialTerm;
        this.englishTerm = englishTerm;
    }

    /**
     * The status in the words the notice and the screens use (已提交, 已接收材料), for refusals and documents.
     *
     * @since 1.4
     */
    public String officialTerm() {
        return officialTerm;
    }

    /**
     * The status in English words (submitted, material received), for the English half of refusals.
     *
     * @since 1.4
     */
    public String englishTerm() {
        return englishTerm;
    }
}
