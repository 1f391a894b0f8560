package org.zhicheng.ui.internal.views;

import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;

/** Names shown for codes. */
public final class Labels {

    private Labels() {
    }

    /** The series' name, or its code when its plugin is not installed now (the file keeps its data). */
    public static String series(SeriesCatalog catalog, String code) {
        return catalog.find(code).map(Series::name).orElse(code);
    }
}
