package org.zhicheng.api.scoring;

/**
 * What a scoring item weighs. Papers, education, seniority and awards are the "four onlys"
 * (唯论文、唯学历、唯资历、唯奖项) that may not decide alone.
 */
public enum ScoringCategory {
    ETHICS("ethics", false),
    ABILITY("ability", false),
    PERFORMANCE("performance", false),
    PAPERS("papers", true),
    EDUCATION("education", true),
    SENIORITY("seniority", true),
    AWARDS("awards", true),
    CONTINUING_EDUCATION("continuing-education", false),
    OTHER("other", false);

    private final String descriptorName;
    private final boolean fourOnlys;

    ScoringCategory(String descriptorName, boolean fourOnlys) {
        this.descriptorName = descriptorName;
        this.fourOnlys = fourOnlys;
    }

    /** The name used in {@code ZH-INF/scoring.xml}. */
    public String descriptorName() {
        return descriptorName;
    }

    /** One of the "four onlys" whose share of a standard is capped. */
    public boolean isFourOnlys() {
        return fourOnlys;
    }

    public static ScoringCategory fromDescriptorName(String name) {
        for (ScoringCategory category : values()) {
            if (category.descriptorName.equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown scoring category: " + name);
    }
}
