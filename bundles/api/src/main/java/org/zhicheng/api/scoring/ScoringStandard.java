package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zhicheng.api.domain.Tier;

/**
 * A quantified scoring standard (量化赋分标准) of one series for one tier and grade, in one
 * version of one evaluation year. A published version never changes; a revision is a new version.
 *
 * @param sample shipped by Zhicheng as an example, for the series department to replace
 */
public record ScoringStandard(String seriesCode, int year, int version, Tier tier, Grade grade, BigDecimal total,
                              boolean sample, List<ScoringItem> items) {

    public ScoringStandard {
        Objects.requireNonNull(seriesCode, "seriesCode");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(grade, "grade");
        total = Points.of(Objects.requireNonNull(total, "total"));
        items = List.copyOf(items);
    }

    public BigDecimal pointsOf(ScoringCategory category) {
        return items.stream().filter(i -> i.category() == category).map(ScoringItem::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * whether the category carries more than {@code maxShare} of the total points; the one check both the
     * descriptor loader and the page shown to the department apply.
     */
    public boolean exceedsShare(ScoringCategory category, BigDecimal maxShare) {
        return pointsOf(category).compareTo(total.multiply(maxShare)) > 0;
    }

    /** Each category's share of the total, as a fraction (R-27's check shown to the department). */
    public Map<ScoringCategory, BigDecimal> shares() {
        Map<ScoringCategory, BigDecimal> shares = new EnumMap<>(ScoringCategory.class);
        for (ScoringItem item : items) {
            shares.merge(item.category(), item.points(), BigDecimal::add);
        }
        shares.replaceAll((category, points) -> total.signum() == 0 ? BigDecimal.ZERO
                : points.divide(total, 4, RoundingMode.HALF_UP));
        return shares;
    }
}
