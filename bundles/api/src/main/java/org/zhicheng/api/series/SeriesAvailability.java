package org.zhicheng.api.series;

/** A series whose plugin is gone stays known (applicants' history refers to it) but takes no applications. */
public enum SeriesAvailability {
    /** 受理中: the series' plugin is running. */
    ACCEPTING,
    /** 暂停受理: the series was seen before but its plugin is not running now. */
    SUSPENDED
}
