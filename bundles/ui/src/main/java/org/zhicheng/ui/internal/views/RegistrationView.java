package org.zhicheng.ui.internal.views;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.PhoneNumber;
import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Counties;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitService;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.LeftPages;
import org.zhicheng.ui.internal.session.StartPages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public self-registration of an applicant: the person (with the 身份证号 checked before anything is stored) and
 * their account in one step; then logged in and on their files page. The unit is picked from the confirmed units
 * (filtered by county, searched by name), or proposed (name, credit code, type, county, tier) for the county bureau to
 * confirm before the applicant can file.
 */
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "register";

    private final transient AccountService accounts;
    private final transient UnitService units;
    private final transient CampaignService campaigns;
    private final TextField fullName = new TextField();
    private final TextField idNumber = new TextField();
    private final RadioButtonGroup<Boolean> proposing = new RadioButtonGroup<>();
    private final ComboBox<String> county = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final UnitFields proposed;
    private final TextField phone = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public RegistrationView(AccountService accounts, UnitService units, CampaignService campaigns) {
        this.accounts = accounts;
        this.units = units;
        this.campaigns = campaigns;
        setId("registration-view");
        setMaxWidth("720px");
        fullName.setLabel(getTranslation("register.fullName"));
        fullName.setId("register-full-name");
        idNumber.setLabel(getTranslation("register.idNumber"));
        idNumber.setId("register-id-number");
        idNumber.setMaxLength(TextLimits.ID_NUMBER);
        // the limits of the columns (api TextLimits): a browser stops typing where core would refuse
        fullName.setMaxLength(TextLimits.FULL_NAME);
        phone.setMaxLength(TextLimits.PHONE);
        username.setMaxLength(TextLimits.USERNAME);
        password.setMaxLength(TextLimits.PASSWORD);
        repeated.setMaxLength(TextLimits.PASSWORD);
        proposing.setLabel(getTranslation("register.unitMode"));
        proposing.setId("register-unit-mode");
        proposing.setItems(Boolean.FALSE, Boolean.TRUE);
        proposing.setItemLabelGenerator(propose -> getTranslation(propose ? "register.unitMode.propose" : "register.unitMode.pick"));
        proposing.setValue(Boolean.FALSE);
        county.setLabel(getTranslation("register.county"));
        county.setId("register-county");
        county.setItems(Counties.ALL);
        county.setClearButtonVisible(true);
        county.setHelperText(getTranslation("register.county.help"));
        unit.setLabel(getTranslation("register.unit"));
        unit.setId("register-unit");
        unit.setHelperText(getTranslation("register.unit.help"));
        unit.setItemLabelGenerator(UnitLabels::of);
        unit.setItems(query -> units.confirmed(new UnitService.Query(county.getValue(), query.getFilter().orElse(null),
                null), query.getOffset(), Math.min(query.getLimit(), 200)).stream());
        county.addValueChangeListener(change -> {
            unit.clear();
            unit.getDataProvider().refreshAll();
        });
        proposed = new UnitFields(this, county, "register-unit");
        proposed.name.setLabel(getTranslation("register.unitName"));
        proposing.addValueChangeListener(change -> showUnitFields());
        showUnitFields();
        phone.setLabel(getTranslation("register.phone"));
        phone.setId("register-phone");
        phone.setHelperText(getTranslation("register.phone.help"));
        idNumber.setHelperText(getTranslation("register.idNumber.help"));
        // each field is checked when the user leaves it, as core checks it again on registering
        fullName.addValueChangeListener(change -> checkName());
        idNumber.addValueChangeListener(change -> checkIdNumber());
        phone.addValueChangeListener(change -> checkPhone());
        repeated.addValueChangeListener(change -> checkRepeated());
        county.addValueChangeListener(change -> checkTier());
        proposed.tier.addValueChangeListener(change -> checkTier());
        proposing.addValueChangeListener(change -> checkTier());
        username.setLabel(getTranslation("register.username"));
        username.setId("register-username");
        username.setHelperText(getTranslation("register.username.help"));
        password.setLabel(getTranslation("register.password"));
        password.setId("register-password");
        password.setHelperText(getTranslation("register.password.help"));
        repeated.setLabel(getTranslation("register.repeat"));
        repeated.setId("register-repeat");
        FormLayout form = new FormLayout(fullName, idNumber, proposing, county, unit);
        proposed.own().forEach(form::add);
        form.add(phone, username, password, repeated);
        form.setColspan(proposing, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button submit = new Button(getTranslation("register.submit"), click -> register());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("register.heading")), new Paragraph(getTranslation("register.intro")), form, submit);
    }

    /** A picked unit brings its own county and tier; a proposed one needs them all. */
    private void showUnitFields() {
        boolean propose = Boolean.TRUE.equals(proposing.getValue());
        unit.setVisible(!propose);
        proposed.own().forEach(field -> field.setVisible(propose));
        county.setHelperText(getTranslation(propose ? "register.county.help" : "register.county.filter"));
    }

    private boolean checkName() {
        if (fullName.getValue().isBlank()) {
            FieldErrors.mark(fullName, getTranslation("register.fullName.required"));
            return false;
        }
        FieldErrors.clear(fullName);
        return true;
    }

    /** The ID number's form, its check character and a plausible birth date (core refuses the same). */
    private ResidentIdNumber checkIdNumber() {
        try {
            ResidentIdNumber id = new ResidentIdNumber(idNumber.getValue());
            id.requirePlausibleBirthDate(campaigns.today());
            FieldErrors.clear(idNumber);
            return id;
        } catch (IllegalArgumentException e) {
            FieldErrors.mark(idNumber, e.getMessage());
            return null;
        }
    }

    private boolean checkPhone() {
        try {
            PhoneNumber.checkedOrEmpty(phone.getValue());
            FieldErrors.clear(phone);
            return true;
        } catch (IllegalArgumentException e) {
            FieldErrors.mark(phone, e.getMessage());
            return false;
        }
    }

    private boolean checkRepeated() {
        if (!repeated.getValue().isEmpty() && !password.getValue().equals(repeated.getValue())) {
            FieldErrors.mark(repeated, getTranslation("register.repeat.mismatch"));
            return false;
        }
        FieldErrors.clear(repeated);
        return true;
    }

    /** A proposed unit's tier against its county: 地直 has none, 县市 and 乡镇 one. */
    private boolean checkTier() {
        if (!Boolean.TRUE.equals(proposing.getValue()) || proposed.tier.getValue() == null) {
            FieldErrors.clear(county);
            return true;
        }
        boolean direct = proposed.tier.getValue() == Tier.PREFECTURE_DIRECT;
        if (direct && county.getValue() != null) {
            FieldErrors.mark(county, getTranslation("register.county.notForDirect"));
            return false;
        }
        if (!direct && county.getValue() == null) {
            FieldErrors.mark(county, getTranslation("register.county.required", Terms.of(proposed.tier.getValue(), proposed.tier.getValue().officialTerm())));
            return false;
        }
        FieldErrors.clear(county);
        return true;
    }

    private void register() {
        FieldErrors.clear(unit);
        boolean named = checkName();
        ResidentIdNumber id = checkIdNumber();
        boolean phoned = checkPhone();
        boolean repeatedOk = checkRepeated() && !repeated.getValue().isEmpty();
        if (repeated.getValue().isEmpty()) {
            FieldErrors.mark(repeated, getTranslation("register.repeat.mismatch"));
        }
        boolean tiered = checkTier();
        if (!named || id == null || !phoned || !repeatedOk || !tiered) {
            return; // every wrong field is marked; nothing is sent
        }
        try {
            Actor registered = Boolean.TRUE.equals(proposing.getValue()) ? propose(id) : pick(id);
            if (registered == null) {
                return;
            }
            CurrentUser.login(registered);
            Notices.info(getTranslation(registered.unitId() != null && Boolean.TRUE.equals(proposing.getValue())
                    ? "register.done.proposed" : "register.done", registered.username()));
            getUI().ifPresent(ui -> LeftPages.load(ui, StartPages.APPLICANT));
        } catch (ZhichengException refusal) {
            // core's refusal lands on the field it names
            switch (refusal.field().orElse("")) {
                case "unitId" -> FieldErrors.mark(unit, Notices.message(refusal));
                case "fullName" -> FieldErrors.mark(fullName, Notices.message(refusal));
                case "county" -> FieldErrors.mark(county, Notices.message(refusal));
                case "phone" -> FieldErrors.mark(phone, Notices.message(refusal));
                case "idNumber" -> FieldErrors.mark(idNumber, Notices.message(refusal));
                case "username" -> FieldErrors.mark(username, Notices.message(refusal));
                case "password" -> FieldErrors.mark(password, Notices.message(refusal));
                default -> {
                    if (Refusal.USERNAME_TAKEN.code().equals(refusal.code())) {
                        FieldErrors.mark(username, Notices.message(refusal));
                    } else if (Refusal.DUPLICATE_ID_NUMBER.code().equals(refusal.code())) {
                        FieldErrors.mark(idNumber, Notices.message(refusal));
                    } else if (Notices.message(refusal).contains("用户名")) {
                        FieldErrors.mark(username, Notices.message(refusal));
                    } else if (Notices.message(refusal).contains("密码")) {
                        FieldErrors.mark(password, Notices.message(refusal));
                    } else if (!proposed.mark(refusal)) {
                        Notices.refused(refusal);
                    }
                }
            }
        } catch (IllegalArgumentException invalid) {
            Notices.error(FieldErrors.inLanguage(invalid.getMessage()));
        }
    }

    private Actor pick(ResidentIdNumber id) {
        if (unit.getValue() == null) {
            FieldErrors.mark(unit, getTranslation("register.unit.required"));
            return null;
        }
        return accounts.registerApplicant(NewApplicant.ofUnit(fullName.getValue(), id, unit.getValue().id(),
                phone.getValue()), username.getValue().trim(), password.getValue().toCharArray());
    }

    private Actor propose(ResidentIdNumber id) {
        NewUnit unit = proposed.read();
        if (unit == null) {
            return null;
        }
        // the unit's id is the proposal's, given by core
        return accounts.registerApplicantProposingUnit(NewApplicant.ofUnit(fullName.getValue(), id, 0, phone.getValue()),
                unit, username.getValue().trim(), password.getValue().toCharArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.heading") + " - " + getTranslation("app.title");
    }
}
