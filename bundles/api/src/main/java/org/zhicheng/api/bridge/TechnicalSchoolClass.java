package org.zhicheng.api.bridge;

/**
 * graduates of technical schools' classes count as holding the corresponding education.
 */
public enum TechnicalSchoolClass {
    /** 中级工班 counts as 中专 (secondary vocational). */
    INTERMEDIATE_WORKER_CLASS("中级工班", "中专"),
    /** 高级工班 counts as 大专 (college). */
    SENIOR_WORKER_CLASS("高级工班", "大专"),
    /** 预备技师班 counts as 本科 (bachelor). */
    PREPARATORY_TECHNICIAN_CLASS("预备技师班", "本科");

    private final String officialTerm;
    private final String equivalentEducation;

    TechnicalSchoolClass(String officialTerm, String equivalentEducation) {
        this.officialTerm = officialTerm;
        this.equivalentEducation = equivalentEducation;
    }

    public String officialTerm() {
        return officialTerm;
    }

    public String equivalentEducation() {
        return equivalentEducation;
    }
}
