package org.zhicheng.core.internal.series;

import java.math.BigDecimal;

/**
 * The prefecture's bounds a plugin's descriptor must keep, from Config Admin (pid {@code org.zhicheng.series}).
 *
 * @param seniorFeeMin      R-29: lowest senior fee a series may set (2023: 550 yuan)
 * @param seniorFeeMax      R-29: highest senior fee (2023: 700 yuan)
 * @param fourOnlysMaxShare R-27: the largest share of a standard's total any one of papers, education,
 *                          seniority and awards may carry (default 0.20)
 * @param sections          how much a series may add to the applicant's file
 */
public record DescriptorLimits(int seniorFeeMin, int seniorFeeMax, BigDecimal fourOnlysMaxShare, SectionLimits sections) {

    public static final DescriptorLimits DEFAULTS = new DescriptorLimits(550, 700, new BigDecimal("0.20"));
    /** For re-reading what was checked when it was declared. */
    static final DescriptorLimits UNCHECKED = new DescriptorLimits(0, Integer.MAX_VALUE, BigDecimal.ONE,
            new SectionLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));

    /**
     * Bounds on a series' own sections of the file, so that a plugin cannot make the form unusable.
     *
     * @param sections         series sections at most
     * @param fieldsPerSection fields in one section at most
     * @param choicesPerField  choices of one choice field at most
     * @param labelLength      characters of a section title, a field label or a choice at most
     * @param hintLength       characters of a field's hint at most
     */
    public record SectionLimits(int sections, int fieldsPerSection, int choicesPerField, int labelLength, int hintLength) {
        public static final SectionLimits DEFAULTS = new SectionLimits(10, 20, 30, 60, 200);
    }

    /** With the default bounds on series sections. */
    public DescriptorLimits(int seniorFeeMin, int seniorFeeMax, BigDecimal fourOnlysMaxShare) {
        this(seniorFeeMin, seniorFeeMax, fourOnlysMaxShare, SectionLimits.DEFAULTS);
    }

    public DescriptorLimits {
        if (seniorFeeMin < 0 || seniorFeeMax < seniorFeeMin) {
            throw new IllegalArgumentException("senior fee range " + seniorFeeMin + ".." + seniorFeeMax + " is empty");
        }
        if (fourOnlysMaxShare.signum() <= 0 || fourOnlysMaxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fourOnlysMaxShare must be in (0, 1]: " + fourOnlysMaxShare);
        }
    }
}
