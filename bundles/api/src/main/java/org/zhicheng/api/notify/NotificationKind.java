package org.zhicheng.api.notify;

/** Why a message was sent; core decides it from the workflow, never from what a person types. */
public enum NotificationKind {
    /** The applicant's file was returned for correction, with the resubmission deadline. */
    RETURNED("退回修改", "returned for revision", "تۈزىتىشكە قايتۇرۇلدى"),
    /** The applicant's material was received (材料接收): the fee is now payable, by the fee deadline. */
    MATERIAL_RECEIVED("材料已接收，请缴费", "material received, fee payable", "ماتېرىيال قوبۇل قىلىندى، ھەق تاپشۇرۇڭ"),
    /** The committee passed the file. */
    PASSED("评审通过", "passed", "باھالاشتىن ئۆتتى"),
    /** The committee did not pass the file. */
    FAILED("评审未通过", "not passed", "باھالاشتىن ئۆتمىدى"),
    /** The certificate was issued. */
    CERTIFIED("证书已颁发", "certificate issued", "گۇۋاھنامە بېرىلدى"),
    /** A file reached a reviewer whose scope covers it. */
    TO_REVIEW("待审核", "to review", "تەكشۈرۈشنى ساقلاۋاتىدۇ"),
    /** An expert was assigned a file to score. */
    EXPERT_ASSIGNED("评审任务", "evaluation task", "باھالاش ۋەزىپىسى"),
    /** A deadline falls tomorrow. */
    DEADLINE_TOMORROW("明日截止", "deadline tomorrow", "ئەتە ئاخىرقى مۆھلەت");

    private final String officialTerm;
    private final String englishTerm;
    private final String uyghurTerm;

    NotificationKind(String officialTerm, String englishTerm, String uyghurTerm) {
        this.officialTerm = officialTerm;
        this.englishTerm = englishTerm;
        this.uyghurTerm = uyghurTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }

    public String englishTerm() {
        return englishTerm;
    }

    /** The label in Uyghur Arabic script (issue 19; every kind has one, staff's too: a label is short). @since 1.1 */
    public String uyghurTerm() {
        return uyghurTerm;
    }
}
