package org.zhicheng.ui.internal.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.SeriesPolicy;
import org.zhicheng.ui.internal.views.StandardsView;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * {@code series/<code>}, public (R-35 四公开): one series' page, generated from its plugin's descriptor for every
 * series alike, so a descriptor-only plugin has one too: its status (plugin and version, or why it was refused), the
 * committees, fees, policy (channels R-04..R-06, the high-skill bridge R-30, continuing education
 * ) and the scoring standards with their R-27 check.
 */
public class SeriesPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "series";

    private final transient SeriesCatalog catalog;
    private final transient ScoringStandards standards;
    private final transient CampaignService campaigns;
    private String title = "";

    record CommitteeRow(String specialty, String levels, String unit, String phone) {
    }

    public SeriesPageView(SeriesCatalog catalog, ScoringStandards standards, CampaignService campaigns) {
        this.catalog = catalog;
        this.standards = standards;
        this.campaigns = campaigns;
        setId("series-page");
    }

    /** The link to a series' page, for the notice, the standards and the department's pages. */
    public static Anchor link(Series series, String text) {
        Anchor anchor = new Anchor(ROUTE + "/" + series.code(), text);
        anchor.getElement().setAttribute("router-link", true);
        anchor.addClassName("series-page-link");
        return anchor;
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        Optional<Series> found = catalog.find(code);
        if (found.isEmpty()) {
            title = getTranslation("seriesPage.unknown", code);
            add(new H2(title));
            // a plugin whose first descriptor was refused declared no series: say why (bundles are named …series.<code>)
            catalog.refusedPlugins().stream().filter(r -> r.pluginBundle().endsWith("." + code))
                    .forEach(r -> add(refusal(r)));
            return;
        }
        Series series = found.get();
        title = series.name();
        add(new H2(series.name()), status(series));
        add(new H3(getTranslation("seriesPage.committees")), committees(series));
        add(new H3(getTranslation("seriesPage.fees")), fees(series));
        add(new H3(getTranslation("seriesPage.policy")), policy(series.policy()));
        add(new H3(getTranslation("seriesPage.standards")));
        add(standards(series));
    }

    /** 受理中 or 暂停受理, the plugin and its version, and a refusal of its descriptor if there is one. */
    private VerticalLayout status(Series series) {
        Span state = new Span(getTranslation(series.accepting() ? "series.accepting" : "series.suspended"));
        state.setId("series-status");
        state.getElement().getThemeList().add(series.accepting() ? "badge success" : "badge contrast");
        VerticalLayout status = new VerticalLayout(state, new Paragraph(getTranslation("seriesPage.plugin",
                series.pluginBundle(), series.pluginVersion())));
        for (PluginRefusal refusal : catalog.refusedPlugins()) {
            if (refusal.pluginBundle().equals(series.pluginBundle())) {
                status.add(refusal(refusal));
            }
        }
        status.setPadding(false);
        status.setSpacing(false);
        return status;
    }

    private Paragraph refusal(PluginRefusal refusal) {
        Paragraph refused = new Paragraph(getTranslation("seriesPage.refused", refusal.pluginVersion(), refusal.reason()));
        refused.addClassName("plugin-refused");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        return refused;
    }

    private Grid<CommitteeRow> committees(Series series) {
        List<CommitteeRow> rows = new ArrayList<>();
        for (Committee committee : series.committees()) {
            rows.add(new CommitteeRow(committee.specialty(), levels(committee.levels()), committee.organisingUnit(),
                    committee.phone()));
        }
        // levels the state fills by exam have no committee; say so rather than leave them out silently
        series.specialties().forEach(specialty -> {
            List<TitleLevel> examOnly = specialty.committees().stream().filter(LevelCommittee::examOnly)
                    .map(LevelCommittee::level).sorted().toList();
            if (!examOnly.isEmpty()) {
                rows.add(new CommitteeRow(specialty.name(), levels(examOnly), getTranslation("seriesPage.examOnly"), ""));
            }
        });
        Grid<CommitteeRow> grid = new Grid<>();
        grid.setId("series-committees");
        grid.addColumn(CommitteeRow::specialty).setHeader(getTranslation("seriesPage.specialty")).setAutoWidth(true);
        grid.addColumn(CommitteeRow::levels).setHeader(getTranslation("seriesPage.levels")).setAutoWidth(true);
        grid.addColumn(CommitteeRow::unit).setHeader(getTranslation("seriesPage.unit")).setAutoWidth(true);
        grid.addColumn(CommitteeRow::phone).setHeader(getTranslation("seriesPage.phone")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** the series' senior fee; intermediate and junior as the current year's notice sets them. */
    private Paragraph fees(Series series) {
        Optional<Campaign> campaign = campaigns.campaign(campaigns.today().getYear());
        Paragraph fees = new Paragraph(campaign.map(c -> getTranslation("seriesPage.feesAll", series.seniorFee(),
                c.intermediateFee(), c.juniorFee())).orElse(getTranslation("seriesPage.feeSenior", series.seniorFee())));
        fees.setId("series-fees");
        return fees;
    }

    private UnorderedList policy(SeriesPolicy policy) {
        UnorderedList list = new UnorderedList();
        list.setId("series-policy");
        list.add(new ListItem(getTranslation(policy.privateEnterpriseChannel() ? "seriesPage.channels.abc"
                : "seriesPage.channels.ab")));
        list.add(new ListItem(getTranslation(policy.highSkillBridge() ? "seriesPage.bridge.yes" : "seriesPage.bridge.no")));
        if (policy.universitySelfEvaluation()) {
            list.add(new ListItem(getTranslation("seriesPage.selfEvaluation")));
        }
        ContinuingEducationRule rule = policy.continuingEducation();
        list.add(new ListItem(getTranslation(rule.source() == ContinuingEducationRule.Source.PREFECTURE
                        ? "seriesPage.education.prefecture" : "seriesPage.education.department",
                rule.annualHours(), rule.professionalHours(), rule.years())
                + (rule.sample() ? getTranslation("seriesPage.sample") : "")));
        return list;
    }

    /** The newest version of each year, tier and grade, with its R-27 check; every version is on the standards page. */
    private VerticalLayout standards(Series series) {
        List<ScoringStandard> newest = standards.forSeries(series.code()).stream()
                .collect(Collectors.toMap(s -> List.of(s.year(), s.tier(), s.grade()), s -> s,
                        (a, b) -> a.version() >= b.version() ? a : b))
                .values().stream()
                .sorted(Comparator.comparingInt(ScoringStandard::year).reversed()
                        .thenComparing(ScoringStandard::tier).thenComparing(ScoringStandard::grade))
                .toList();
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (newest.isEmpty()) {
            layout.add(new Paragraph(getTranslation("standards.none")));
            return layout;
        }
        Grid<ScoringStandard> grid = new Grid<>();
        grid.setId("series-standards");
        grid.addColumn(ScoringStandard::year).setHeader(getTranslation("seriesPage.year")).setAutoWidth(true);
        grid.addColumn(s -> Terms.of(s.tier(), s.tier().officialTerm()) + " · " + Terms.of(s.grade(), s.grade().officialTerm()))
                .setHeader(getTranslation("seriesPage.tierGrade")).setAutoWidth(true);
        grid.addColumn(ScoringStandard::version).setHeader(getTranslation("seriesPage.version")).setAutoWidth(true);
        grid.addColumn(s -> s.total().toPlainString()).setHeader(getTranslation("seriesPage.total")).setAutoWidth(true);
        grid.addColumn(s -> fourOnlysWithinCap(s) ? "✓" : "✗").setHeader(getTranslation("seriesPage.fourOnlys"))
                .setAutoWidth(true);
        grid.setItems(newest);
        grid.setAllRowsVisible(true);
        Anchor all = new Anchor(StandardsView.ROUTE, getTranslation("seriesPage.allStandards"));
        all.getElement().setAttribute("router-link", true);
        layout.add(grid, all);
        return layout;
    }

    /** none of papers, education, seniority and awards above the configured share. */
    private boolean fourOnlysWithinCap(ScoringStandard standard) {
        for (ScoringCategory category : ScoringCategory.values()) {
            if (category.isFourOnlys() && standard.exceedsShare(category, standards.fourOnlysMaxShare())) {
                return false;
            }
        }
        return true;
    }

    private static String levels(List<TitleLevel> levels) {
        return levels.stream().map(l -> Terms.of(l, l.officialTerm())).collect(Collectors.joining("、"));
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.title");
    }
}
