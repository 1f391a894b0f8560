package org.zhicheng.api.overview;

import org.zhicheng.api.security.Actor;

/**
 * The figures a series department follows for its series and year: how many files stand at each status, per tier of
 * the applicants' units, and the committee's pass rate per level. Counts only, no names.
 */
public interface SeriesOverviewService {

    /**
     * The series' figures for the evaluation year. Only who may read the series' files (the series department and a
     * committee office covering it, administrators, the integration account) gets them; others are refused with
     * {@code FORBIDDEN}, an unknown series with {@code UNKNOWN_SERIES}, a year outside 2000..2100 with
     * {@code INVALID_INPUT}.
     */
    SeriesOverview overview(String seriesCode, int evaluationYear, Actor actor);
}
