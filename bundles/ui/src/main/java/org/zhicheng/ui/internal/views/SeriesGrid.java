package org.zhicheng.ui.internal.views;

import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.i18n.SeriesLabels;
import org.zhicheng.ui.internal.navigation.SeriesChanges;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;

/** The title series with their specialties and state, kept current by push while plugins come and go. */
public class SeriesGrid extends Grid<Series> {

    private static final long serialVersionUID = 1L;

    private final transient SeriesCatalog catalog;
    private final transient SeriesChanges changes;
    private final transient Runnable alsoOnChange;
    private Registration listener;

    /** {@code alsoOnChange} refreshes what the page shows beside the grid. */
    public SeriesGrid(SeriesCatalog catalog, SeriesChanges changes, Runnable alsoOnChange) {
        this.catalog = catalog;
        this.changes = changes;
        this.alsoOnChange = alsoOnChange;
        addColumn(SeriesLabels::name).setHeader(getTranslation("home.column.series")).setAutoWidth(true);
        addColumn(series -> series.specialties().size()).setHeader(getTranslation("home.column.specialties")).setAutoWidth(true);
        addColumn(series -> getTranslation(series.availability() == SeriesAvailability.ACCEPTING
                ? "series.accepting" : "series.suspended")).setHeader(getTranslation("home.column.status")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private void show() {
        setItems(catalog.allSeries());
        alsoOnChange.run();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        show();
        listener = changes.addListener(() -> ui.access(this::show));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        listener.remove();
        super.onDetach(detachEvent);
    }
}
