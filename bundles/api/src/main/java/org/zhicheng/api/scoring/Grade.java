package org.zhicheng.api.scoring;

import org.zhicheng.api.domain.TitleLevel;

/** The grades scoring standards are set for: senior, intermediate, junior. */
public enum Grade {
    SENIOR("高"),
    INTERMEDIATE("中"),
    JUNIOR("初");

    private final String officialTerm;

    Grade(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }

    public static Grade of(TitleLevel level) {
        return switch (level) {
            case SENIOR_FULL, SENIOR_ASSOCIATE -> SENIOR;
            case INTERMEDIATE -> INTERMEDIATE;
            case ASSISTANT, JUNIOR -> JUNIOR;
        };
    }

    public static Grade fromOfficialTerm(String term) {
        for (Grade grade : values()) {
            if (grade.officialTerm.equals(term)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("Unknown grade: " + term);
    }
}
