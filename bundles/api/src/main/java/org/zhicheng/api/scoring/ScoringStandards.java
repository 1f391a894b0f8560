package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Tier;

/**
 * Every scoring standard ever published by a series plugin. Versions stay after the plugin is upgraded
 * or removed, so an application keeps the standard it was scored with.
 */
public interface ScoringStandards {

    /** All versions of all years of the series, oldest first. */
    List<ScoringStandard> forSeries(String seriesCode);

    /** The latest version for the year, tier and grade. */
    Optional<ScoringStandard> current(String seriesCode, int year, Tier tier, Grade grade);

    Optional<ScoringStandard> find(String seriesCode, int year, int version, Tier tier, Grade grade);

    /**
     * the largest share of a standard's total that any one of the "four onlys" may carry, as checked when the
     * series' standards are loaded (Config Admin pid {@code org.zhicheng.series}, key {@code fourOnlysMaxShare});
     * the notice's 20 % unless configured otherwise.
     */
    default BigDecimal fourOnlysMaxShare() {
        return new BigDecimal("0.20");
    }
}
