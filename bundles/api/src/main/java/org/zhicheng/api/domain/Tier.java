package org.zhicheng.api.domain;

/** Administrative tier of the applicant's employer; scoring standards differ per tier. */
public enum Tier {
    PREFECTURE_DIRECT("地直"),
    COUNTY_CITY("县市"),
    TOWNSHIP("乡镇");

    private final String officialTerm;

    Tier(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }

    public static Tier fromOfficialTerm(String term) {
        for (Tier tier : values()) {
            if (tier.officialTerm.equals(term)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("Unknown tier: " + term);
    }
}
