package org.zhicheng.api.workflow;

/** An act on one file, as the workflow table names it: what moves a file, or what may only be done in some statuses. */
public enum WorkflowAct {
    CREATE("创建申报", "open a file"),
    EDIT("填报修改", "fill in"),
    SUBMIT("提交申报", "submit"),
    RETURN("退回修改", "return for revision"),
    APPROVE("单位审核通过", "employer approval"),
    OBJECT("提出异议", "raise an objection"),
    UPHOLD_OBJECTION("异议成立", "uphold the objection"),
    DISMISS_OBJECTION("异议不成立", "dismiss the objection"),
    RECOMMEND("单位推荐", "recommend"),
    RECORD_ENTRUSTMENT_LETTER("登记委托评审函", "record the entrustment letter"),
    ACCEPT_MATERIAL("接收材料", "accept the material"),
    PAY_FEE("缴费", "pay the fee"),
    START_EVALUATION("提交评审", "start the evaluation"),
    ASSIGN_EXPERTS("分配评审专家", "assign experts"),
    RECORD_DEFENSE("答辩", "defense"),
    PASS("评审通过", "pass"),
    FAIL("评审未通过", "not pass"),
    ISSUE_CERTIFICATE("颁发证书", "issue the certificate"),
    REVOKE_CERTIFICATE("撤销证书", "revoke the certificate"),
    REFUSE("不予受理", "refuse"),
    /** The applicant takes the file back before its material is received; it still counts for the year. */
    WITHDRAW("撤回申报", "withdraw");

    private final String officialTerm;
    private final String englishTerm;

    WorkflowAct(String officialTerm, String englishTerm) {
        this.officialTerm = officialTerm;
        this.englishTerm = englishTerm;
    }

    /** The act in the words the screens use. */
    public String officialTerm() {
        return officialTerm;
    }

    /**
     * The act in English words, for the English half of labels and refusals.
     *
     * @since 1.1
     */
    public String englishTerm() {
        return englishTerm;
    }
}
