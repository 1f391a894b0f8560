package org.zhicheng.ui.internal.views;

import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.StartPages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public self-registration of an applicant: the person (with the 身份证号 checked before anything is stored) and
 * their account in one step; then logged in and on their files page.
 */
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "register";

    private final transient AccountService accounts;
    private final TextField fullName = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField employer = new TextField();
    private final ComboBox<String> county = new ComboBox<>();
    private final Select<Tier> tier = new Select<>();
    private final TextField phone = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        setId("registration-view");
        setMaxWidth("720px");
        fullName.setLabel(getTranslation("register.fullName"));
        fullName.setId("register-full-name");
        idNumber.setLabel(getTranslation("register.idNumber"));
        idNumber.setId("register-id-number");
        idNumber.setMaxLength(18);
        employer.setLabel(getTranslation("register.employer"));
        employer.setId("register-employer");
        county.setLabel(getTranslation("register.county"));
        county.setId("register-county");
        county.setItems(Counties.ALL);
        county.setHelperText(getTranslation("register.county.help"));
        tier.setLabel(getTranslation("register.tier"));
        tier.setId("register-tier");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(Tier::officialTerm);
        tier.setValue(Tier.PREFECTURE_DIRECT);
        phone.setLabel(getTranslation("register.phone"));
        username.setLabel(getTranslation("register.username"));
        username.setId("register-username");
        username.setHelperText(getTranslation("register.username.help"));
        password.setLabel(getTranslation("register.password"));
        password.setId("register-password");
        password.setHelperText(getTranslation("register.password.help"));
        repeated.setLabel(getTranslation("register.repeat"));
        repeated.setId("register-repeat");
        FormLayout form = new FormLayout(fullName, idNumber, employer, county, tier, phone, username, password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button submit = new Button(getTranslation("register.submit"), click -> register());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("register.heading")), new Paragraph(getTranslation("register.intro")), form, submit);
    }

    private void register() {
        if (!password.getValue().equals(repeated.getValue())) {
            repeated.setInvalid(true);
            repeated.setErrorMessage(getTranslation("register.repeat.mismatch"));
            return;
        }
        repeated.setInvalid(false);
        Actor[] registered = new Actor[1];
        boolean done = Notices.attempt(() -> registered[0] = accounts.registerApplicant(
                new NewApplicant(fullName.getValue(), new ResidentIdNumber(idNumber.getValue().trim()), employer.getValue(),
                        county.getValue(), tier.getValue(), phone.getValue()),
                username.getValue().trim(), password.getValue().toCharArray()));
        if (done) {
            CurrentUser.login(registered[0]);
            Notices.info(getTranslation("register.done", registered[0].username()));
            getUI().ifPresent(ui -> ui.getPage().setLocation(StartPages.APPLICANT));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.heading") + " - " + getTranslation("app.title");
    }
}
