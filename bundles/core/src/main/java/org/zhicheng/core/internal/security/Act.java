package org.zhicheng.core.internal.security;

/** What an actor wants to do with a file; {@link Access} decides who may. */
public enum Act {
    /** Read the file, its history, attachments and fee. */
    VIEW("查看"),
    /** Open, fill, upload to and submit the file: the applicant's own work. */
    EDIT("填报"),
    /** Sign the personal commitment (Annex 3) of the file: the applicant's own word. */
    SIGN("签署个人承诺书"),
    /** Opinion, publicity, objections resolved and recommendation. */
    EMPLOYER_REVIEW("单位审核"),
    /** Object during the publicity inside the unit. */
    OBJECT("提出异议"),
    /** Send the file back for correction. */
    RETURN("退回"),
    /** County or series review: entrustment letter, material received, exemption forms. */
    BUREAU_REVIEW("审核受理"),
    /** Record the fee paid. */
    PAY("缴费"),
    /** Refuse falsified material. */
    REFUSE("认定造假"),
    /** Experts, defense, vote, certificates and filings: the committee's work. */
    EVALUATE("组织评审");

    private final String chineseName;

    Act(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
