package org.zhicheng.ui.internal.series;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.overview.SeriesOverview;
import org.zhicheng.api.overview.SeriesOverview.PassRate;
import org.zhicheng.api.overview.SeriesOverviewService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.Labels;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * 本系列概况, for a series department: its series' files of the year by status and by tier of the applicants' units
 * and the committee's pass rate per level, as core counts them for this account. Generated alike for
 * every series; a department of several series chooses one.
 */
public class DepartmentOverviewView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "department";

    private final transient SeriesOverviewService overviews;
    private final transient SeriesCatalog catalog;
    private final Select<String> series = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();

    /** A row of the status table: the status and its count per tier (null: registered without a tier). */
    record StatusRow(ApplicationStatus status, Map<Tier, Integer> perTier, int total) {
    }

    public DepartmentOverviewView(SeriesOverviewService overviews, SeriesCatalog catalog, CampaignService campaigns) {
        this.overviews = overviews;
        this.catalog = catalog;
        setId("department-overview");
        Actor actor = CurrentUser.require();
        series.setId("overview-series");
        series.setLabel(getTranslation("overview.series"));
        series.setItems(actor.seriesCodes().stream().sorted().toList());
        series.setItemLabelGenerator(code -> Labels.series(catalog, code));
        year.setId("overview-year");
        year.setLabel(getTranslation("overview.year"));
        List<Integer> years = campaigns.campaigns().stream().map(Campaign::year).sorted().toList();
        year.setItems(years.isEmpty() ? List.of(campaigns.today().getYear()) : years);
        year.setValue(years.contains(campaigns.today().getYear()) || years.isEmpty() ? campaigns.today().getYear()
                : years.get(years.size() - 1));
        series.setValue(actor.seriesCodes().stream().sorted().findFirst().orElse(null));
        series.addValueChangeListener(event -> show());
        year.addValueChangeListener(event -> show());
        FlexLayout choices = new FlexLayout(series, year);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-m)");
        content.setWidthFull();
        add(new H2(getTranslation("overview.heading")), new Paragraph(getTranslation("overview.intro")), choices, content);
        show();
    }

    private void show() {
        content.removeAll();
        if (series.getValue() == null || year.getValue() == null) {
            return;
        }
        SeriesOverview overview = overviews.overview(series.getValue(), year.getValue(), CurrentUser.require());
        catalog.find(overview.seriesCode()).map(s -> SeriesPageView.link(s, getTranslation("overview.seriesPage", s.name())))
                .ifPresent(content::add);
        content.add(new H3(getTranslation("overview.files", overview.total())), statusGrid(overview));
        content.add(new H3(getTranslation("overview.passRates")));
        content.add(overview.passRates().isEmpty() ? new Paragraph(getTranslation("overview.noResults"))
                : passRateGrid(overview));
    }

    private Grid<StatusRow> statusGrid(SeriesOverview overview) {
        Map<ApplicationStatus, Map<Tier, Integer>> table = new EnumMap<>(ApplicationStatus.class);
        overview.files().forEach(count -> table.computeIfAbsent(count.status(), s -> new LinkedHashMap<>())
                .merge(count.tier(), count.count(), Integer::sum));
        List<StatusRow> rows = new ArrayList<>();
        table.forEach((status, perTier) -> rows.add(new StatusRow(status, perTier,
                perTier.values().stream().mapToInt(Integer::intValue).sum())));
        Grid<StatusRow> grid = new Grid<>();
        grid.setId("overview-status");
        grid.addColumn(row -> row.status().officialTerm()).setHeader(getTranslation("overview.status")).setAutoWidth(true);
        for (Tier tier : Tier.values()) {
            grid.addColumn(row -> row.perTier().getOrDefault(tier, 0)).setHeader(tier.officialTerm()).setAutoWidth(true);
        }
        if (overview.files().stream().anyMatch(count -> count.tier() == null)) {
            grid.addColumn(row -> row.perTier().getOrDefault(null, 0)).setHeader(getTranslation("overview.noTier"))
                    .setAutoWidth(true);
        }
        grid.addColumn(StatusRow::total).setHeader(getTranslation("overview.total")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<PassRate> passRateGrid(SeriesOverview overview) {
        Grid<PassRate> grid = new Grid<>();
        grid.setId("overview-pass-rates");
        grid.addColumn(rate -> rate.level().officialTerm()).setHeader(getTranslation("overview.level")).setAutoWidth(true);
        grid.addColumn(PassRate::passed).setHeader(getTranslation("overview.passed")).setAutoWidth(true);
        grid.addColumn(PassRate::failed).setHeader(getTranslation("overview.failed")).setAutoWidth(true);
        grid.addColumn(rate -> rate.rate().map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%").orElse("—"))
                .setHeader(getTranslation("overview.rate")).setAutoWidth(true);
        grid.setItems(overview.passRates());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.heading") + " - " + getTranslation("app.title");
    }
}
