package org.zhicheng.api.bridge;

import java.util.Optional;

import org.zhicheng.api.domain.TitleLevel;

/**
 * Vocational qualification levels that open the bridge: after 高级工 / 技师 / 高级技师 and 2 / 3 / 4 years
 * of technical work, the applicant may apply for 助理 / 中级 / 副高.
 */
public enum VocationalQualification {
    SENIOR_WORKER("高级工", TitleLevel.ASSISTANT, 2),
    TECHNICIAN("技师", TitleLevel.INTERMEDIATE, 3),
    SENIOR_TECHNICIAN("高级技师", TitleLevel.SENIOR_ASSOCIATE, 4);

    private final String officialTerm;
    private final TitleLevel opensLevel;
    private final int yearsOfTechnicalWork;

    VocationalQualification(String officialTerm, TitleLevel opensLevel, int yearsOfTechnicalWork) {
        this.officialTerm = officialTerm;
        this.opensLevel = opensLevel;
        this.yearsOfTechnicalWork = yearsOfTechnicalWork;
    }

    public String officialTerm() {
        return officialTerm;
    }

    public TitleLevel opensLevel() {
        return opensLevel;
    }

    public int yearsOfTechnicalWork() {
        return yearsOfTechnicalWork;
    }

    /** The highest title level open after the given years of technical work, if any. */
    public Optional<TitleLevel> openLevelAfter(int years) {
        return years >= yearsOfTechnicalWork ? Optional.of(opensLevel) : Optional.empty();
    }
}
