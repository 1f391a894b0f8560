package org.zhicheng.ui.internal.views;

import java.util.Comparator;
import java.util.List;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.sheet.SheetService;
import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.sheet.SheetDownloads;

import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public (R-10, R-35 四公开): who passed, per series and year grouped by committee (Annex 5 row), with employer, specialty
 * and level, published on purpose during the year's meeting and publicity period and kept afterwards.
 */
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "results";

    private final transient EvaluationService evaluation;
    private final transient SheetService sheets;
    private final ComboBox<Series> series = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Div results = new Div();
    private final Paragraph summary = new Paragraph();

    public ResultsView(EvaluationService evaluation, SeriesCatalog catalog, CampaignService campaigns, SheetService sheets) {
        this.evaluation = evaluation;
        this.sheets = sheets;
        setId("results-view");
        series.setLabel(getTranslation("results.series"));
        series.setId("results-series");
        series.setItems(catalog.allSeries().stream().sorted(Comparator.comparing(Series::name)).toList());
        series.setItemLabelGenerator(Series::name);
        year.setLabel(getTranslation("results.year"));
        year.setId("results-year");
        List<Integer> years = campaigns.campaigns().stream().map(Campaign::year).sorted(Comparator.reverseOrder()).toList();
        year.setItems(years);
        if (!years.isEmpty()) {
            year.setValue(years.get(0));
        }
        series.addValueChangeListener(event -> refresh());
        year.addValueChangeListener(event -> refresh());
        results.setId("results-grid");
        summary.setId("results-summary");
        HorizontalLayout filters = new HorizontalLayout(series, year);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("results.heading")), new Paragraph(getTranslation("results.intro")), filters, summary,
                results);
    }

    /** One part per committee with results (R-10: each committee publishes after its meeting). */
    private void refresh() {
        results.removeAll();
        if (series.getValue() == null || year.getValue() == null) {
            summary.setText("");
            return;
        }
        int passed = 0;
        for (Committee committee : series.getValue().committees()) {
            List<PublishedResult> committeeResults = evaluation.committeeResults(committee.id(), year.getValue());
            if (committeeResults.isEmpty()) {
                continue;
            }
            passed += committeeResults.size();
            H3 heading = new H3(getTranslation("results.committee", Labels.committee(committee), committee.phone(),
                    committeeResults.size()));
            Grid<PublishedResult> grid = new Grid<>();
            grid.setId("results-" + committee.id().replace('.', '-'));
            grid.addColumn(PublishedResult::fullName).setHeader(getTranslation("results.name")).setAutoWidth(true);
            grid.addColumn(PublishedResult::employer).setHeader(getTranslation("results.employer")).setFlexGrow(1);
            grid.addColumn(PublishedResult::specialty).setHeader(getTranslation("results.specialty")).setAutoWidth(true);
            grid.addColumn(r -> Terms.of(r.level(), r.level().officialTerm())).setHeader(getTranslation("results.level")).setAutoWidth(true);
            grid.setItems(committeeResults);
            grid.setAllRowsVisible(true);
            ResponsiveGrid.of(grid); // built after the page: fits a phone too
            results.add(heading, downloads(committee, year.getValue()), grid);
        }
        summary.setText(getTranslation("results.summary", year.getValue(), series.getValue().name(), passed));
    }

    /**
     * The results as a spreadsheet (issue 18), public as the page; the committee office also gets the committee's score
     * sheets, the experts numbered, not named.
     */
    private Div downloads(Committee committee, int shownYear) {
        String id = "results-" + committee.id().replace('.', '-');
        Div downloads = new Div(new SheetDownloads(id + "-download", getTranslation("sheet.file.results", shownYear),
                format -> sheets.committeeResults(committee.id(), shownYear, format, CurrentUser.get().orElse(null))));
        CurrentUser.get().filter(me -> me.hasRole(Role.COMMITTEE_OFFICE) || me.hasRole(Role.INTEGRATION)).ifPresent(me ->
                downloads.add(new Span(getTranslation("sheet.scoreSheets")), new SheetDownloads(id + "-scores",
                        getTranslation("sheet.file.scores", shownYear),
                        format -> sheets.scoreSheets(committee.id(), shownYear, format, me))));
        return downloads;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.heading") + " - " + getTranslation("app.title");
    }
}
