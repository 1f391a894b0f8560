package org.zhicheng.api.progress;

/** The steps of a file as the applicant sees them, in order (R-08..R-11, R-19, R-20). */
public enum FileStep {
    FILING("填报"),
    UNIT_REVIEW("单位审核与公示"),
    DEPARTMENT_REVIEW("主管部门审核"),
    MATERIAL_AND_FEE("接收材料与缴费"),
    EXPERT_REVIEW("专家评审"),
    MEETING("评审会议"),
    PUBLICITY("公示"),
    CERTIFICATE("发证");

    private final String officialTerm;

    FileStep(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
