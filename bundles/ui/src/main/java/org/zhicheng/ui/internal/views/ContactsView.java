package org.zhicheng.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.contacts.ContactDirectory;
import org.zhicheng.api.contacts.CountyBureaus;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.Specialty;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public: each series' committees, their organising units and phones, as the notice's annex lists them, and every
 * county's HR and education bureau with their phones.
 */
public class ContactsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "contacts";

    private record Row(String series, String specialty, String level, String unit, String phone) {
    }

    public ContactsView(SeriesCatalog catalog, ContactDirectory contacts) {
        setId("contacts-view");
        List<Row> rows = new ArrayList<>();
        for (Series series : catalog.allSeries().stream().sorted(Comparator.comparing(Series::name)).toList()) {
            for (Specialty specialty : series.specialties()) {
                for (LevelCommittee committee : specialty.committees()) {
                    rows.add(new Row(series.name(), specialty.name(), Terms.of(committee.level(), committee.level().officialTerm())
                            + (committee.examOnly() ? "（" + getTranslation("newFile.examOnly") + "）" : ""),
                            committee.organisingUnit(), committee.phone()));
                }
            }
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("contacts-grid");
        Grid.Column<Row> series = grid.addColumn(Row::series).setHeader(getTranslation("contacts.series")).setAutoWidth(true);
        grid.addColumn(Row::specialty).setHeader(getTranslation("contacts.specialty")).setAutoWidth(true);
        grid.addColumn(Row::level).setHeader(getTranslation("contacts.level")).setAutoWidth(true);
        grid.addColumn(Row::unit).setHeader(getTranslation("contacts.unit")).setAutoWidth(true);
        Grid.Column<Row> phone = grid.addColumn(Row::phone).setHeader(getTranslation("contacts.phone")).setAutoWidth(true);
        // issue 12: on a phone the number in one piece; the specialty names the series
        ResponsiveGrid.of(grid).whole(phone).secondary(series);
        grid.setItems(rows);
        grid.setHeight("70vh");
        add(new H2(getTranslation("contacts.heading")), new Paragraph(getTranslation("contacts.intro")), grid);
        add(new H3(getTranslation("contacts.counties.heading")), countyBureaus(contacts.counties()));
    }

    /** every county's and city's HR and education bureau, whose staff review the files of its units. */
    private Grid<CountyBureaus> countyBureaus(List<CountyBureaus> counties) {
        Grid<CountyBureaus> grid = new Grid<>();
        grid.setId("county-contacts-grid");
        grid.addColumn(CountyBureaus::county).setHeader(getTranslation("contacts.county")).setAutoWidth(true);
        grid.addColumn(c -> c.hrBureau() + " " + c.hrBureauPhone()).setHeader(getTranslation("contacts.hrBureau"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.educationBureau() + " " + c.educationBureauPhone())
                .setHeader(getTranslation("contacts.educationBureau")).setAutoWidth(true);
        grid.setItems(counties);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.heading") + " - " + getTranslation("app.title");
    }
}
