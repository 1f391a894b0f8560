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
        setText(getTranslation("header.platformDate", today.date().toString()));
        setTitle(getTranslation(today.configured() ? "header.platformDate.configured" : "header.platformDate.system",
                today.zone().getId()));
        getElement().getThemeList().add(today.configured() ? "badge contrast small" : "badge small");
        getStyle().set("flex-shrink", "0").set("white-space", "nowrap");
    }
}
