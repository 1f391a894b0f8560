package org.zhicheng.ui.internal.views;

import java.util.Comparator;
import java.util.Optional;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.contacts.ContactDirectory;
import org.zhicheng.api.contacts.CountyBureaus;
import org.zhicheng.api.security.Role;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.StartPages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/**
 * 申报指南 for a first-time applicant, on the home and notice pages: the steps, this year's dates from the campaign
 * calendar the platform runs on (R-08..R-11, R-14), the materials, whom to call (R-39: every
 * county's bureaus, from the contact directory), and a button to register.
 */
public class ApplyGuide extends Div {

    private static final long serialVersionUID = 1L;

    public ApplyGuide(CampaignService campaigns, ContactDirectory contacts) {
        setId("apply-guide");
        addClassName("apply-guide"); // framed in zhicheng.css
        Optional<Campaign> campaign = campaigns.campaign(campaigns.today().getYear())
                .or(() -> campaigns.campaigns().stream().max(Comparator.comparingInt(Campaign::year)));
        // text-only parts as one element's markup each: the guide is on every visitor's first page (issue 16)
        StaticMarkup intro = new StaticMarkup().open("h3").text(getTranslation("guide.heading")).close("h3")
                .open("p").text(getTranslation("guide.intro")).close("p")
                .open("h4").text(getTranslation("guide.steps")).close("h4").open("ol", "id", "guide-steps");
        for (int i = 1; i <= 6; i++) {
            intro.open("li").text(i == 5 ? getTranslation("guide.step5", campaign.map(Campaign::returnDeadlineDays).orElse(2),
                    campaign.map(Campaign::maxSubmissions).orElse(3)) : getTranslation("guide.step" + i)).close("li");
        }
        add(markup(intro.close("ol")), action());
        StaticMarkup dates = new StaticMarkup().open("ul", "id", "guide-dates");
        campaign.ifPresentOrElse(c -> {
            item(dates, getTranslation("notice.application") + "：" + period(c.applicationWindow()));
            item(dates, getTranslation("notice.review") + "：" + period(c.reviewWindow()));
            item(dates, getTranslation("notice.returns") + "：" + getTranslation("notice.returnRule", c.returnDeadlineDays(),
                    c.maxSubmissions()));
            item(dates, getTranslation("notice.fee") + "：" + getTranslation("notice.until", c.feeDeadline()));
            item(dates, getTranslation("notice.meetings") + "：" + period(c.meetingWindow()));
            item(dates, getTranslation("notice.certificates") + "：" + c.certificates());
        }, () -> item(dates, getTranslation("guide.noCampaign")));
        Details when = new Details(campaign.map(c -> getTranslation("guide.dates", c.year())).orElse(getTranslation("guide.heading")),
                markup(dates.close("ul")));
        when.setOpened(true);
        when.setId("guide-dates-part");
        StaticMarkup materials = new StaticMarkup().open("ul", "id", "guide-materials");
        for (int i = 1; i <= 5; i++) {
            item(materials, getTranslation("guide.material" + i));
        }
        Details what = new Details(getTranslation("guide.materials"), markup(materials.close("ul")));
        what.setOpened(true);
        StaticMarkup phones = new StaticMarkup().open("ul", "id", "guide-contacts");
        for (CountyBureaus county : contacts.counties()) {
            item(phones, getTranslation("guide.contacts.county", county.county(), county.hrBureauPhone(),
                    county.educationBureauPhone()));
        }
        phones.close("ul").open("a", "href", ContactsView.ROUTE, "id", "guide-contacts-all")
                .text(getTranslation("guide.contacts.all")).close("a");
        Details who = new Details(getTranslation("guide.contacts"), markup(phones));
        who.setId("guide-contacts-part");
        add(when, what, who);
    }

    private static void item(StaticMarkup list, String text) {
        list.open("li").text(text).close("li");
    }

    private static Div markup(StaticMarkup markup) {
        Div part = new Div();
        markup.show(part);
        return part;
    }

    /** Register for someone not signed in; their files for an applicant; nothing for other roles. */
    private Div action() {
        Div action = new Div();
        Optional<Role> role = CurrentUser.get().map(actor -> actor.role());
        if (role.isEmpty()) {
            Button register = new Button(getTranslation("guide.register"),
                    click -> getUI().ifPresent(ui -> ui.navigate(RegistrationView.ROUTE)));
            register.setId("guide-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.add(register);
        } else if (role.get() == Role.APPLICANT) {
            Button files = new Button(getTranslation("guide.myFiles"), click -> getUI().ifPresent(ui -> ui.navigate(StartPages.APPLICANT)));
            files.setId("guide-my-files");
            action.add(files);
        }
        return action;
    }

    private String period(Campaign.Period period) {
        return getTranslation("notice.period", period.first(), period.last());
    }
}
