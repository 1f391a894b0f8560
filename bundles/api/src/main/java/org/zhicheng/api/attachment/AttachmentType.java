package org.zhicheng.api.attachment;

/** What an attachment proves; education proof and the other attachments of the notice. */
public enum AttachmentType {
    EDUCATION_CERTIFICATE("学历（学位）证书"),
    /** 学历证书电子注册备案表 or 学籍在线验证报告. */
    CHSI_RECORD("学信网电子注册备案表或学籍在线验证报告"),
    /** where no CHSI record exists, the graduate registration form from the personnel file. */
    GRADUATE_REGISTRATION_FORM("毕业生登记表"),
    APPOINTMENT_DOCUMENT("聘任文件"),
    PERFORMANCE_EVIDENCE("业绩成果材料"),
    PAPER("论文论著"),
    AWARD("获奖证书"),
    CONTINUING_EDUCATION_CERTIFICATE("继续教育证书"),
    UNIT_PUBLICITY("单位公示材料"),
    PUBLICITY_RESULT("公示结果"),
    RECOMMENDATION_REPORT("推荐报告"),
    PERSONAL_COMMITMENT("个人承诺书"),
    TEACHER_QUALIFICATION("教师资格证"),
    MANDARIN_CERTIFICATE("普通话等级证书"),
    OTHER("其他附件");

    private final String officialTerm;

    AttachmentType(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
