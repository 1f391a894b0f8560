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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * 申报指南 for a first-time applicant, on the home and notice pages: the steps, this year's dates from the campaign
 * calendar the platform runs on (R-08..R-11, R-14), the materials, whom to call (R-39: every
 * county's bureaus, from the contact directory), and a button to register.
 */
public class ApplyGuide extends Div {

    private static final long serialVersionUID = 1L;

    public ApplyGuide(CampaignService campaigns, ContactDirectory contacts) {
        setId("apply-guide");
        setWidthFull();
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        add(new H3(getTranslation("guide.heading")), new Paragraph(getTranslation("guide.intro")));
        Optional<Campaign> campaign = campaigns.campaign(campaigns.today().getYear())
                .or(() -> campaigns.campaigns().stream().max(Comparator.comparingInt(Campaign::year)));
        add(new H4(getTranslation("guide.steps")));
        OrderedList steps = new OrderedList();
        steps.setId("guide-steps");
        for (int i = 1; i <= 6; i++) {
            String text = i == 5 ? getTranslation("guide.step5", campaign.map(Campaign::returnDeadlineDays).orElse(2),
                    campaign.map(Campaign::maxSubmissions).orElse(3)) : getTranslation("guide.step" + i);
            steps.add(new ListItem(text));
        }
        add(steps, action());
        UnorderedList dates = new UnorderedList();
        dates.setId("guide-dates");
        campaign.ifPresentOrElse(c -> {
            dates.add(new ListItem(getTranslation("notice.application") + "：" + period(c.applicationWindow())));
            dates.add(new ListItem(getTranslation("notice.review") + "：" + period(c.reviewWindow())));
            dates.add(new ListItem(getTranslation("notice.returns") + "：" + getTranslation("notice.returnRule",
                    c.returnDeadlineDays(), c.maxSubmissions())));
            dates.add(new ListItem(getTranslation("notice.fee") + "：" + getTranslation("notice.until", c.feeDeadline())));
            dates.add(new ListItem(getTranslation("notice.meetings") + "：" + period(c.meetingWindow())));
            dates.add(new ListItem(getTranslation("notice.certificates") + "：" + c.certificates()));
        }, () -> dates.add(new ListItem(getTranslation("guide.noCampaign"))));
        Details when = new Details(campaign.map(c -> getTranslation("guide.dates", c.year())).orElse(getTranslation("guide.heading")),
                dates);
        when.setOpened(true);
        when.setId("guide-dates-part");
        UnorderedList materials = new UnorderedList();
        materials.setId("guide-materials");
        for (int i = 1; i <= 5; i++) {
            materials.add(new ListItem(getTranslation("guide.material" + i)));
        }
        Details what = new Details(getTranslation("guide.materials"), materials);
        what.setOpened(true);
        UnorderedList phones = new UnorderedList();
        phones.setId("guide-contacts");
        for (CountyBureaus county : contacts.counties()) {
            phones.add(new ListItem(getTranslation("guide.contacts.county", county.county(), county.hrBureauPhone(),
                    county.educationBureauPhone())));
        }
        Anchor all = new Anchor(ContactsView.ROUTE, getTranslation("guide.contacts.all"));
        all.setId("guide-contacts-all");
        Details who = new Details(getTranslation("guide.contacts"), new Div(phones, all));
        who.setId("guide-contacts-part");
        add(when, what, who);
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
