package org.zhicheng.ui.internal.views;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.campaign.PlatformDate;

import com.vaadin.flow.component.html.Span;

/**
 * 平台日期 in the title bar: the date the rules run on (windows and deadlines, R-08..R-14), which a training or
 * demonstration installation may set apart from the system date; the tooltip says which it is.
 */
public class PlatformDateBadge extends Span {

    private static final long serialVersionUID = 1L;

    public PlatformDateBadge(CampaignService campaigns) {
        PlatformDate today = campaigns.platformDate();
        setId("platform-date");
        Span label = new Span(getTranslation("header.platformDate"));
        label.getStyle().set("margin-right", "0.3em");
        label.addClassName("platform-date-label");
        // on a phone only the month and day fit the bar (the file's history and the audit show the whole date)
        Span year = new Span(today.date().getYear() + "-");
        year.addClassName("platform-date-year");
        add(label, year, new Span(today.date().toString().substring(5)));
        setTitle(getTranslation(today.configured() ? "header.platformDate.configured" : "header.platformDate.system",
                today.zone().getId()));
        getElement().getThemeList().add(today.configured() ? "badge contrast small" : "badge small");
    }
}
