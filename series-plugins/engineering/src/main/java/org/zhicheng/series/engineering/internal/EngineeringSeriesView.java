package org.zhicheng.series.engineering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.Specialty;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The engineering series at a glance: its specialties and, per level, the committee's organising unit
 * and phone, as core's catalog holds them.
 */
public class EngineeringSeriesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    record Row(String specialty, String levels, String unit, String phone) {
    }

    /** The catalog is injected by the ui bundle's instantiator, from the OSGi service registry. */
    public EngineeringSeriesView(SeriesCatalog catalog) {
        Locale locale = getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
        ResourceBundle texts = EngineeringScreen.EngineeringTexts.bundle(locale);
        setId("engineering-series-view");
        add(new H2(texts.getString("view.heading")));
        add(new Paragraph(texts.getString("view.intro")));

        Grid<Row> grid = new Grid<>();
        grid.setId("engineering-committees");
        grid.addColumn(Row::specialty).setHeader(texts.getString("column.specialty")).setAutoWidth(true);
        grid.addColumn(Row::levels).setHeader(texts.getString("column.levels")).setAutoWidth(true);
        grid.addColumn(Row::unit).setHeader(texts.getString("column.unit")).setAutoWidth(true);
        grid.addColumn(Row::phone).setHeader(texts.getString("column.phone")).setAutoWidth(true);
        grid.setItems(rows(catalog));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static List<Row> rows(SeriesCatalog catalog) {
        List<Row> rows = new ArrayList<>();
        catalog.find(EngineeringScreen.SERIES_CODE).ifPresent(series -> {
            for (Specialty specialty : series.specialties()) {
                for (LevelCommittee committee : specialty.committees()) {
                    rows.add(new Row(specialty.name(), committee.level().officialTerm(),
                            committee.organisingUnit(), committee.phone()));
                }
            }
        });
        return rows;
    }
}
