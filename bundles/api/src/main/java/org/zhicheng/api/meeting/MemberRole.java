package org.zhicheng.api.meeting;

/** A member's place in the committee; the chair or a vice-chair presides and signs the minutes. */
public enum MemberRole {
    CHAIR("主任委员", "chair"),
    VICE_CHAIR("副主任委员", "vice-chair"),
    MEMBER("委员", "member");

    private final String officialTerm;
    private final String englishTerm;

    MemberRole(String officialTerm, String englishTerm) {
        this.officialTerm = officialTerm;
        this.englishTerm = englishTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }

    public String englishTerm() {
        return englishTerm;
    }

    /** Whether the member may preside over a meeting and sign its minutes. */
    public boolean presides() {
        return this != MEMBER;
    }
}
