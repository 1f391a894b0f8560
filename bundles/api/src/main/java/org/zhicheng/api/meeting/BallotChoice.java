package org.zhicheng.api.meeting;

/** A secret ballot on one candidate; abstaining counts as not yes. */
public enum BallotChoice {
    YES("同意"),
    NO("不同意"),
    ABSTAIN("弃权");

    private final String officialTerm;

    BallotChoice(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }
}
