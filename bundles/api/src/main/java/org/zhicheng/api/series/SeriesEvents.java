package org.zhicheng.api.series;

/**
 * Event Admin topics on which core announces catalog changes, so that any bundle (the ui, reports,
 * demo data) can follow series as plugins come and go without a service dependency on core.
 */
public final class SeriesEvents {

    /** A series' plugin started: the series accepts applications. */
    public static final String ACCEPTING = "org/zhicheng/series/ACCEPTING";
    /** A series' plugin stopped: the series shows 暂停受理; its data stays. */
    public static final String SUSPENDED = "org/zhicheng/series/SUSPENDED";
    /** Event property: the series code. */
    public static final String SERIES_CODE = "series.code";

    private SeriesEvents() {
    }
}
