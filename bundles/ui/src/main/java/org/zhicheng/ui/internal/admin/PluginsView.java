package org.zhicheng.ui.internal.admin;

import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.navigation.SeriesChanges;
import org.zhicheng.ui.internal.views.SeriesGrid;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The installed series plugins as the Karaf console sees them: each series with its state, and the plugins refused
 * with the reason (file and line); follows installs and removals while open.
 */
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "admin/plugins";

    public PluginsView(SeriesCatalog catalog, SeriesChanges changes) {
        setId("plugins-view");
        Grid<PluginRefusal> refused = new Grid<>();
        refused.setId("plugins-refused");
        refused.addColumn(PluginRefusal::pluginBundle).setHeader(getTranslation("plugins.bundle")).setAutoWidth(true);
        refused.addColumn(PluginRefusal::pluginVersion).setHeader(getTranslation("plugins.version")).setAutoWidth(true);
        refused.addColumn(PluginRefusal::reason).setHeader(getTranslation("plugins.reason")).setFlexGrow(1);
        refused.setAllRowsVisible(true);
        SeriesGrid series = new SeriesGrid(catalog, changes, () -> refused.setItems(catalog.refusedPlugins()));
        series.setId("plugins-series");
        series.addColumn(Series::code).setHeader(getTranslation("plugins.code")).setAutoWidth(true);
        add(new H2(getTranslation("plugins.heading")), new Paragraph(getTranslation("plugins.intro")), series,
                new H3(getTranslation("plugins.refused")), refused);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.heading") + " - " + getTranslation("app.title");
    }
}
