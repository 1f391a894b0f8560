package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;

@Command(scope = "zhicheng", name = "series-list", description = "Lists every known title series, whether it accepts applications, and refused plugins")
@Service
public class SeriesListCommand implements Action {

    @Reference
    SeriesCatalog catalog;

    @Override
    public Object execute() {
        for (Series series : catalog.allSeries()) {
            System.out.printf("%-20s %-12s %-9s specialties=%d plugin=%s/%s%n", series.code(), series.name(),
                    series.availability(), series.specialties().size(), series.pluginBundle(), series.pluginVersion());
        }
        for (PluginRefusal refusal : catalog.refusedPlugins()) {
            System.out.printf("REFUSED %s/%s: %s%n", refusal.pluginBundle(), refusal.pluginVersion(), refusal.reason());
        }
        return null;
    }
}
