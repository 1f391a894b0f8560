package org.zhicheng.ui.internal.views;

import java.util.Comparator;
import java.util.List;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public (R-10, R-35 四公开): who passed the committee's evaluation, per series and year, with employer, specialty
 * and level, published on purpose during the year's meeting and publicity period and kept afterwards.
 */
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "results";

    private final transient EvaluationService evaluation;
    private final ComboBox<Series> series = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<PublishedResult> results = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public ResultsView(EvaluationService evaluation, SeriesCatalog catalog, CampaignService campaigns) {
        this.evaluation = evaluation;
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
        results.addColumn(PublishedResult::fullName).setHeader(getTranslation("results.name")).setAutoWidth(true);
        results.addColumn(PublishedResult::employer).setHeader(getTranslation("results.employer")).setFlexGrow(1);
        results.addColumn(PublishedResult::specialty).setHeader(getTranslation("results.specialty")).setAutoWidth(true);
        results.addColumn(r -> r.level().officialTerm()).setHeader(getTranslation("results.level")).setAutoWidth(true);
        results.setAllRowsVisible(true);
        summary.setId("results-summary");
        HorizontalLayout filters = new HorizontalLayout(series, year);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("results.heading")), new Paragraph(getTranslation("results.intro")), filters, summary,
                results);
    }

    private void refresh() {
        if (series.getValue() == null || year.getValue() == null) {
            results.setItems(List.of());
            summary.setText("");
            return;
        }
        List<PublishedResult> passed = evaluation.publishedResults(series.getValue().code(), year.getValue());
        results.setItems(passed);
        summary.setText(getTranslation("results.summary", year.getValue(), series.getValue().name(), passed.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.heading") + " - " + getTranslation("app.title");
    }
}
