package org.zhicheng.api.unit;

/** Whether a unit is on record: one proposed at self-registration waits for its county bureau (or an administrator). */
public enum UnitStatus {
    PROPOSED("待确认"),
    CONFIRMED("已确认"),
    REJECTED("已驳回");

    private final String officialTerm;

    UnitStatus(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
