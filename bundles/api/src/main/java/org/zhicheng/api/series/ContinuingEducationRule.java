package org.zhicheng.api.series;

/**
 * The continuing-education requirement (继续教育) a series applies: the prefecture's (R-24: 90 hours a
 * year, 60 of them professional, the last 3 years) or the series department's own (R-25: teachers, health).
 */
public record ContinuingEducationRule(Source source, int annualHours, int professionalHours, int years, boolean sample) {

    public enum Source {
        /** the prefecture's rule, numbers from the year's configuration. */
        PREFECTURE,
        /** the series department's own rule, numbers from the plugin. */
        DEPARTMENT
    }

    /** R-24's values in the 2023 notice. */
    public static final ContinuingEducationRule PREFECTURE_2023 = new ContinuingEducationRule(Source.PREFECTURE, 90, 60, 3, false);

    public ContinuingEducationRule {
        if (source == null || annualHours < 0 || professionalHours < 0 || professionalHours > annualHours || years < 0) {
            throw new IllegalArgumentException("continuing-education rule out of range: " + source + " " + annualHours + "/"
                    + professionalHours + "/" + years);
        }
    }
}
