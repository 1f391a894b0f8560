package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points are kept to two decimals everywhere, so that a standard read from a plugin, stored and read back
 * compares equal, and 10, 10.0 and 10.00 are the same points.
 */
public final class Points {

    public static final int SCALE = 2;

    private Points() {
    }

    /** The canonical form; refuses finer points than two decimals. */
    public static BigDecimal of(BigDecimal points) {
        try {
            return points.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("分值最多保留两位小数 / points have at most two decimals: " + points.toPlainString());
        }
    }

    /** For people: 20, 20.5, never 20.00 or 2E+1. */
    public static String format(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
