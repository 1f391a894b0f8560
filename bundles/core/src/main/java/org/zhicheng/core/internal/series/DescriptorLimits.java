package org.zhicheng.core.internal.series;

import java.math.BigDecimal;

/**
 * The prefecture's bounds a plugin's descriptor must keep, from Config Admin (pid {@code org.zhicheng.series}).
 *
 * @param seniorFeeMin      R-29: lowest senior fee a series may set (2023: 550 yuan)
 * @param seniorFeeMax      R-29: highest senior fee (2023: 700 yuan)
 * @param fourOnlysMaxShare R-27: the largest share of a standard's total any one of papers, education,
 *                          seniority and awards may carry (default 0.20)
 */
public record DescriptorLimits(int seniorFeeMin, int seniorFeeMax, BigDecimal fourOnlysMaxShare) {

    public static final DescriptorLimits DEFAULTS = new DescriptorLimits(550, 700, new BigDecimal("0.20"));
    /** For re-reading what was checked when it was declared. */
    static final DescriptorLimits UNCHECKED = new DescriptorLimits(0, Integer.MAX_VALUE, BigDecimal.ONE);

    public DescriptorLimits {
        if (seniorFeeMin < 0 || seniorFeeMax < seniorFeeMin) {
            throw new IllegalArgumentException("senior fee range " + seniorFeeMin + ".." + seniorFeeMax + " is empty");
        }
        if (fourOnlysMaxShare.signum() <= 0 || fourOnlysMaxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fourOnlysMaxShare must be in (0, 1]: " + fourOnlysMaxShare);
        }
    }
}
