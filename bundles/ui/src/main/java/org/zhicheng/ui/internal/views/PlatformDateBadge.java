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
        // on a phone only the month and day fit the bar (the file's history and the audit show the whole date);
        // the date an isolate (dir): it reads 2023-08-01 in a Uyghur (RTL) bar too. Markup: one server node (issue 16)
        new StaticMarkup().open("span", "class", "platform-date-label").text(getTranslation("header.platformDate")).close("span")
                .open("span", "dir", "ltr").open("span", "class", "platform-date-year").text(today.date().getYear() + "-")
                .close("span").open("span").text(today.date().toString().substring(5)).close("span").close("span").show(this);
        setTitle(getTranslation(today.configured() ? "header.platformDate.configured" : "header.platformDate.system",
                today.zone().getId()));
        getElement().getThemeList().add(today.configured() ? "badge contrast small" : "badge small");
    }
}
