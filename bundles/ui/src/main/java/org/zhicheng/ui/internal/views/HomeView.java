package org.zhicheng.ui.internal.views;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.contacts.ContactDirectory;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.navigation.SeriesChanges;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The public home page: what Zhicheng is and which title series take applications now. */
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "";

    public HomeView(SeriesCatalog catalog, SeriesChanges changes, CampaignService campaigns, ContactDirectory contacts) {
        setId("home-view");
        add(new H2(getTranslation("home.heading")));
        add(new Paragraph(getTranslation("home.intro")));
        add(new ApplyGuide(campaigns, contacts)); // how a first-time applicant goes about it
        SeriesGrid grid = new SeriesGrid(catalog, changes, () -> { });
        grid.setId("series-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
