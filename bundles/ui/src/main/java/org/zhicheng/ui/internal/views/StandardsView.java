package org.zhicheng.ui.internal.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.i18n.SeriesLabels;
import org.zhicheng.ui.internal.series.SeriesPageView;

import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public (R-35 四公开): each series' quantified scoring standards by tier and grade, every version kept
 * with the check against the "four onlys" shown beside each: the share of papers, education, seniority
 * and awards against the configured cap, and the weight of ethics, ability and performance.
 */
public class StandardsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "standards";

    private final transient ScoringStandards standards;
    private final Div content = new Div();

    public StandardsView(ScoringStandards standards, SeriesCatalog catalog) {
        this.standards = standards;
        setId("standards-view");
        ComboBox<Series> series = new ComboBox<>(getTranslation("standards.series"));
        series.setId("standards-series");
        series.setItems(catalog.allSeries().stream().sorted(Comparator.comparing(Series::name)).toList());
        series.setItemLabelGenerator(SeriesLabels::name);
        series.setWidth("20em");
        series.addValueChangeListener(event -> show(event.getValue()));
        content.setWidthFull();
        add(new H2(getTranslation("standards.heading")), new Paragraph(getTranslation("standards.intro",
                percent(standards.fourOnlysMaxShare()))), series, content);
    }

    private void show(Series series) {
        content.removeAll();
        if (series == null) {
            return;
        }
        content.add(SeriesPageView.link(series, getTranslation("standards.seriesPage", series.name())));
        List<ScoringStandard> list = standards.forSeries(series.code()).stream()
                .sorted(Comparator.comparingInt(ScoringStandard::year).reversed()
                        .thenComparing(ScoringStandard::tier).thenComparing(ScoringStandard::grade)
                        .thenComparing(Comparator.comparingInt(ScoringStandard::version).reversed()))
                .toList();
        if (list.isEmpty()) {
            content.add(new Paragraph(getTranslation("standards.none")));
            return;
        }
        boolean first = true;
        for (ScoringStandard standard : list) {
            Details details = new Details(getTranslation("standards.title", standard.year(), Terms.of(standard.tier(), standard.tier().officialTerm()),
                    Terms.of(standard.grade(), standard.grade().officialTerm()), standard.version(), standard.total().toPlainString())
                    + (standard.sample() ? getTranslation("standards.sample") : ""), standardContent(series, standard));
            details.setOpened(first);
            details.setWidthFull();
            details.addClassName("standard");
            content.add(details);
            first = false;
        }
    }

    private VerticalLayout standardContent(Series series, ScoringStandard standard) {
        Grid<ScoringItem> items = new Grid<>();
        items.addColumn(item -> SeriesLabels.of(series, item.name())).setHeader(getTranslation("standards.item")).setFlexGrow(1);
        items.addColumn(i -> getTranslation("category." + i.category().name())).setHeader(getTranslation("standards.category"))
                .setAutoWidth(true);
        items.addColumn(i -> i.points().toPlainString()).setHeader(getTranslation("standards.points")).setAutoWidth(true);
        items.addColumn(i -> i.evidence() + (i.computed() ? getTranslation("standards.computed") : ""))
                .setHeader(getTranslation("standards.evidence")).setFlexGrow(1);
        items.setItems(standard.items());
        items.setAllRowsVisible(true);
        ResponsiveGrid.of(items); // built after the page: fits a phone too
        VerticalLayout layout = new VerticalLayout(fourOnlysCheck(standard), items);
        layout.setPadding(false);
        return layout;
    }

    /** each of the four onlys within the cap, and how much ethics, ability and performance weigh. */
    private VerticalLayout fourOnlysCheck(ScoringStandard standard) {
        Map<ScoringCategory, BigDecimal> shares = standard.shares();
        BigDecimal cap = standards.fourOnlysMaxShare();
        FlexLayout badges = new FlexLayout();
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        badges.getStyle().set("gap", "var(--lumo-space-s)");
        boolean passed = true;
        for (ScoringCategory category : ScoringCategory.values()) {
            if (!category.isFourOnlys()) {
                continue;
            }
            BigDecimal share = shares.getOrDefault(category, BigDecimal.ZERO);
            boolean within = !standard.exceedsShare(category, cap);
            passed &= within;
            Span badge = new Span(getTranslation("category." + category.name()) + " " + percent(share) + (within ? " ✓" : " ✗"));
            badge.getElement().getThemeList().add(within ? "badge success" : "badge error");
            badges.add(badge);
        }
        BigDecimal core = shares.getOrDefault(ScoringCategory.ETHICS, BigDecimal.ZERO)
                .add(shares.getOrDefault(ScoringCategory.ABILITY, BigDecimal.ZERO))
                .add(shares.getOrDefault(ScoringCategory.PERFORMANCE, BigDecimal.ZERO));
        Paragraph verdict = new Paragraph(getTranslation(passed ? "standards.check.passed" : "standards.check.failed",
                percent(cap), percent(core)));
        verdict.addClassName("four-onlys-check");
        verdict.getStyle().set("color", passed ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        VerticalLayout check = new VerticalLayout(verdict, badges);
        check.setPadding(false);
        check.setSpacing(false);
        return check;
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.heading") + " - " + getTranslation("app.title");
    }
}
