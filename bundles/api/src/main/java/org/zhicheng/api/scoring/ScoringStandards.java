package org.zhicheng.api.scoring;

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
}
