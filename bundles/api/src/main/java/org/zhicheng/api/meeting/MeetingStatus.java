package org.zhicheng.api.meeting;

/** A meeting's course: scheduled, open for the ballot (attendance taken), voting closed (result computed), signed. */
public enum MeetingStatus {
    SCHEDULED("已安排"),
    OPEN("表决中"),
    CLOSED("表决结束"),
    SIGNED("已签发");

    private final String officialTerm;

    MeetingStatus(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
