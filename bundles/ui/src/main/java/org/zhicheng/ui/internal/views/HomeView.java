package org.zhicheng.ui.internal.views;

import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.navigation.SeriesChanges;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.Registration;

/** The public home page: what Zhicheng is and which title series take applications now. */
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "";

    private final transient SeriesCatalog catalog;
    private final transient SeriesChanges changes;
    private final Grid<Series> grid = new Grid<>();
    private Registration changeListener;

    public HomeView(SeriesCatalog catalog, SeriesChanges changes) {
        this.catalog = catalog;
        this.changes = changes;
        setId("home-view");
        add(new H2(getTranslation("home.heading")));
        add(new Paragraph(getTranslation("home.intro")));

        grid.setId("series-grid");
        grid.addColumn(Series::name).setHeader(getTranslation("home.column.series")).setAutoWidth(true);
        grid.addColumn(series -> series.specialties().size())
                .setHeader(getTranslation("home.column.specialties")).setAutoWidth(true);
        grid.addColumn(series -> getTranslation(series.availability() == SeriesAvailability.ACCEPTING
                ? "series.accepting" : "series.suspended")).setHeader(getTranslation("home.column.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        grid.setItems(catalog.allSeries());
        changeListener = changes.addListener(() -> ui.access(() -> grid.setItems(catalog.allSeries())));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changeListener.remove();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
