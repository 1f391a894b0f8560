package org.zhicheng.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.contacts.ContactDirectory;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.series.SeriesPageView;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public: each configured evaluation year's calendar as its notice sets it (R-08..R-14, R-20, R-28, R-29), newest
 * first, from the same configuration core enforces.
 */
public class NoticeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "notice";

    private record Line(String what, String when) {
    }

    public NoticeView(CampaignService campaigns, ContactDirectory contacts, SeriesCatalog catalog) {
        setId("notice-view");
        add(new H2(getTranslation("notice.heading")), new Paragraph(getTranslation("notice.today", campaigns.today())));
        for (Campaign campaign : campaigns.campaigns().stream().sorted(Comparator.comparingInt(Campaign::year).reversed()).toList()) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(getTranslation("notice.prefiling"), getTranslation("notice.until", campaign.prefilingDeadline())));
            lines.add(new Line(getTranslation("notice.application"), period(campaign.applicationWindow())));
            lines.add(new Line(getTranslation("notice.review"), period(campaign.reviewWindow())));
            lines.add(new Line(getTranslation("notice.publicity"), getTranslation("notice.workingDays",
                    campaign.publicityWorkingDays())));
            lines.add(new Line(getTranslation("notice.returns"), getTranslation("notice.returnRule",
                    campaign.returnDeadlineDays(), campaign.maxSubmissions())));
            lines.add(new Line(getTranslation("notice.fee"), getTranslation("notice.feeRule", campaign.intermediateFee(),
                    campaign.juniorFee(), campaign.feeDeadline())));
            lines.add(new Line(getTranslation("notice.meetings"), period(campaign.meetingWindow())));
            lines.add(new Line(getTranslation("notice.documents"), campaign.qualificationDocuments().toString()));
            lines.add(new Line(getTranslation("notice.certificates"), campaign.certificates().toString()));
            lines.add(new Line(getTranslation("notice.seniority"), getTranslation("notice.until", campaign.seniorityCutoff())));
            Grid<Line> grid = new Grid<>();
            grid.setId("notice-" + campaign.year());
            grid.addColumn(Line::what).setHeader(getTranslation("notice.what")).setAutoWidth(true);
            grid.addColumn(Line::when).setHeader(getTranslation("notice.when")).setFlexGrow(1);
            grid.setItems(lines);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a long row (the fee) wraps instead of being cut off
            grid.setAllRowsVisible(true);
            add(new H3(getTranslation("notice.year", campaign.year())), grid);
        }
        add(new ApplyGuide(campaigns, contacts)); // after the calendars: how to go about it
        // each series' generated page: its committees, fee, policy and standards
        FlexLayout series = new FlexLayout();
        series.setId("notice-series-pages");
        series.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        series.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        catalog.allSeries().forEach(one -> series.add(SeriesPageView.link(one, one.name())));
        add(new H3(getTranslation("notice.seriesPages")), series);
    }

    private String period(Campaign.Period period) {
        return getTranslation("notice.period", period.first(), period.last());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.heading") + " - " + getTranslation("app.title");
    }
}
