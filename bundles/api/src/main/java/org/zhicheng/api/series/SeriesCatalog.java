package org.zhicheng.api.series;

import java.util.List;
import java.util.Optional;

/** Every series the platform knows, kept current by core as plugin bundles come and go. */
public interface SeriesCatalog {

    /**
     * All series ever declared, suspended ones included, in the order of the committee table (Annex 5), series
     * without table rows after them by name.
     */
    List<Series> allSeries();

    /** Only the series whose plugins are running now. */
    default List<Series> acceptingSeries() {
        return allSeries().stream().filter(Series::accepting).toList();
    }

    Optional<Series> find(String code);

    /** A committee by its id ({@code <series code>.<row>[.<level>]}, see {@link Committee#id()}). */
    default Optional<Committee> committee(String committeeId) {
        if (committeeId == null || committeeId.indexOf('.') < 1) {
            return Optional.empty();
        }
        return find(committeeId.substring(0, committeeId.indexOf('.'))).flatMap(series -> series.committee(committeeId));
    }

    /** Plugins running now whose descriptors were refused; their series take no applications. */
    List<PluginRefusal> refusedPlugins();

    /**
     * Whether the plugins running when the platform started are declared: until then (a few seconds after start) the
     * catalog answers with the series declared so far, and the health check says the platform is starting.
     */
    default boolean ready() {
        return true;
    }
}
