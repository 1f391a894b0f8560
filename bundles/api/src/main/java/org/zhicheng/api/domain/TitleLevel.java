package org.zhicheng.api.domain;

/** The five professional-title levels, highest first, with the term used in the official documents. */
public enum TitleLevel {
    SENIOR_FULL("正高"),
    SENIOR_ASSOCIATE("副高"),
    INTERMEDIATE("中级"),
    ASSISTANT("助理"),
    JUNIOR("员级");

    private final String officialTerm;

    TitleLevel(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }

    /** Senior levels defend and are subject to a pass-rate cap. */
    public boolean isSenior() {
        return this == SENIOR_FULL || this == SENIOR_ASSOCIATE;
    }

    public static TitleLevel fromOfficialTerm(String term) {
        for (TitleLevel level : values()) {
            if (level.officialTerm.equals(term)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown title level: " + term);
    }
}
