package org.zhicheng.ui.internal.views;

import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The public home page: what Zhicheng is and which title series take applications now. */
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "";

    public HomeView(SeriesCatalog catalog) {
        setId("home-view");
        add(new H2(getTranslation("home.heading")));
        add(new Paragraph(getTranslation("home.intro")));

        Grid<Series> grid = new Grid<>();
        grid.setId("series-grid");
        grid.addColumn(Series::name).setHeader(getTranslation("home.column.series")).setAutoWidth(true);
        grid.addColumn(series -> series.specialties().size())
                .setHeader(getTranslation("home.column.specialties")).setAutoWidth(true);
        grid.addColumn(series -> getTranslation(series.availability() == SeriesAvailability.ACCEPTING
                ? "series.accepting" : "series.suspended")).setHeader(getTranslation("home.column.status")).setAutoWidth(true);
        grid.setItems(catalog.allSeries());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
