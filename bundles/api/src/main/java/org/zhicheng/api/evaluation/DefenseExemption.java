package org.zhicheng.api.evaluation;

/**
 * service that exempts a senior applicant from the defense the year they apply; their defense score is
 * the mean of that year's defense scores in the same specialty.
 */
public enum DefenseExemption {
    VILLAGE_WORK_TEAM("访惠聚驻村工作队"),
    TEMPLE_MANAGEMENT("寺庙管理"),
    SOUTH_XINJIANG_PRESCHOOL("南疆学前教育支教"),
    INLAND_SERVICE("援疆内地服务"),
    GRASSROOTS_COOPERATIVE("基层合作社"),
    VILLAGE_COMMITTEE("村（社区）两委"),
    SECONDMENT("挂职"),
    INNOVATION_LEAVE("离岗创新创业");

    private final String officialTerm;

    DefenseExemption(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
