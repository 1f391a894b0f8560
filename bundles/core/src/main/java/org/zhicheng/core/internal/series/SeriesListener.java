package org.zhicheng.core.internal.series;

import org.zhicheng.api.series.Series;

/** Core-internal whiteboard: told whenever a series starts accepting applications. */
public interface SeriesListener {
    void seriesAccepting(Series series);
}
