package org.zhicheng.ui.internal.admin;

import java.util.Comparator;

import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.navigation.SeriesChanges;
import org.zhicheng.ui.internal.session.ForRoles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.Registration;

/**
 * The installed series plugins as the Karaf console sees them: each series with its state, and the plugins refused
 * with the reason (file and line); follows installs and removals while open.
 */
@ForRoles(Role.ADMIN)
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "admin/plugins";

    private final transient SeriesCatalog catalog;
    private final transient SeriesChanges changes;
    private final Grid<Series> series = new Grid<>();
    private final Grid<PluginRefusal> refused = new Grid<>();
    private Registration listener;

    public PluginsView(SeriesCatalog catalog, SeriesChanges changes) {
        this.catalog = catalog;
        this.changes = changes;
        setId("plugins-view");
        series.setId("plugins-series");
        series.addColumn(Series::code).setHeader(getTranslation("plugins.code")).setAutoWidth(true);
        series.addColumn(Series::name).setHeader(getTranslation("contacts.series")).setAutoWidth(true);
        series.addColumn(s -> s.specialties().size()).setHeader(getTranslation("home.column.specialties")).setAutoWidth(true);
        series.addColumn(s -> getTranslation(s.availability() == SeriesAvailability.ACCEPTING ? "series.accepting"
                : "series.suspended")).setHeader(getTranslation("home.column.status")).setAutoWidth(true);
        series.setAllRowsVisible(true);
        refused.setId("plugins-refused");
        refused.addColumn(PluginRefusal::pluginBundle).setHeader(getTranslation("plugins.bundle")).setAutoWidth(true);
        refused.addColumn(PluginRefusal::pluginVersion).setHeader(getTranslation("plugins.version")).setAutoWidth(true);
        refused.addColumn(PluginRefusal::reason).setHeader(getTranslation("plugins.reason")).setFlexGrow(1);
        refused.setAllRowsVisible(true);
        add(new H2(getTranslation("plugins.heading")), new Paragraph(getTranslation("plugins.intro")), series,
                new H3(getTranslation("plugins.refused")), refused);
        show();
    }

    private void show() {
        series.setItems(catalog.allSeries().stream().sorted(Comparator.comparing(Series::code)).toList());
        refused.setItems(catalog.refusedPlugins());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        listener = changes.addListener(() -> ui.access(this::show));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        listener.remove();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.heading") + " - " + getTranslation("app.title");
    }
}
