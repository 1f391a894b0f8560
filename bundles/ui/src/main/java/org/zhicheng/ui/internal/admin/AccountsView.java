package org.zhicheng.ui.internal.admin;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.ResponsiveGrid;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/** Users and roles: the accounts with their scope, searched by name and loaded page by page; create one, reset a password. */
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final Grid<Actor> grid = new Grid<>();

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        setId("accounts-view");
        Actor me = CurrentUser.require();
        grid.setId("accounts-grid");
        grid.addColumn(Actor::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(Actor::displayName).setHeader(getTranslation("accounts.displayName")).setAutoWidth(true);
        grid.addColumn(a -> a.role().officialTerm()).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(AccountsView::scope).setHeader(getTranslation("accounts.scope")).setFlexGrow(1);
        grid.addComponentColumn(a -> new Button(getTranslation("accounts.reset"), click -> resetDialog(a).open()))
                .setAutoWidth(true);
        // a phone keeps the user name, role, scope and the reset button; the person's name is in the user name's row
        ResponsiveGrid.of(grid).secondary(getTranslation("accounts.displayName"));
        TextField search = new TextField(getTranslation("accounts.search"));
        search.setId("accounts-search");
        search.setPlaceholder(getTranslation("accounts.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Span total = new Span();
        total.setId("accounts-total");
        // paged in the database: the grid asks for the rows it shows, 50 at a time
        grid.setPageSize(50);
        grid.setItems(query -> accounts.accounts(search.getValue(), query.getOffset(), Math.min(query.getLimit(), 1000), me)
                .stream(), query -> (int) accounts.countAccounts(search.getValue(), me));
        grid.setHeight("60vh");
        Runnable count = () -> total.setText(getTranslation("accounts.total", accounts.countAccounts(search.getValue(), me)));
        search.addValueChangeListener(event -> {
            grid.getDataProvider().refreshAll();
            count.run();
        });
        count.run();
        Button create = new Button(getTranslation("accounts.create"), click -> createDialog().open());
        create.setId("accounts-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(search, create, total);
        tools.setAlignItems(Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("accounts.heading")), tools, grid);
    }

    private static String scope(Actor actor) {
        return switch (actor.role()) {
            case APPLICANT -> actor.employer() + " #" + actor.applicantId();
            case EMPLOYER -> actor.employer();
            case COUNTY_BUREAU -> actor.county();
            case SERIES_DEPARTMENT, COMMITTEE_OFFICE -> String.join("、", new TreeSet<>(actor.seriesCodes()));
            case EXPERT -> actor.expertId();
            default -> "";
        };
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.create"));
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setId("account-username");
        TextField displayName = new TextField(getTranslation("accounts.displayName"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setId("account-role");
        role.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM && r != Role.APPLICANT).toList());
        role.setItemLabelGenerator(Role::officialTerm);
        TextField scope = new TextField(getTranslation("accounts.scope"));
        scope.setId("account-scope");
        scope.setHelperText(getTranslation("accounts.scope.help"));
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setId("account-password");
        // the limits of the columns (api TextLimits), so that a browser stops typing where core would refuse
        username.setMaxLength(TextLimits.USERNAME);
        displayName.setMaxLength(TextLimits.DISPLAY_NAME);
        scope.setMaxLength(TextLimits.SERIES_CODES);
        password.setMaxLength(TextLimits.PASSWORD);
        Button save = new Button(getTranslation("common.confirm"), click -> {
            FieldErrors.clear(username, displayName, scope, password);
            if (role.getValue() == null) {
                Notices.error(getTranslation("accounts.roleRequired"));
                return;
            }
            String text = scope.getValue().trim();
            Set<String> series = text.isEmpty() ? Set.of() : Set.of(text.split("[,，、\\s]+"));
            Role chosen = role.getValue();
            try {
                accounts.createAccount(new Actor(username.getValue().trim(), displayName.getValue(),
                        chosen, null, chosen == Role.EMPLOYER ? text : null, chosen == Role.COUNTY_BUREAU ? text : null,
                        chosen == Role.SERIES_DEPARTMENT || chosen == Role.COMMITTEE_OFFICE ? series : Set.of(),
                        chosen == Role.EXPERT ? text : null), password.getValue().toCharArray(), CurrentUser.require());
            } catch (ZhichengException refusal) {
                // on the field core names: an unknown expert, series or county is the scope the administrator typed
                switch (refusal.field().orElse("")) {
                    case "username" -> FieldErrors.mark(username, Notices.message(refusal));
                    case "displayName" -> FieldErrors.mark(displayName, Notices.message(refusal));
                    case "password" -> FieldErrors.mark(password, Notices.message(refusal));
                    case "expertId", "seriesCodes", "county", "employer", "unitId" ->
                            FieldErrors.mark(scope, Notices.message(refusal));
                    default -> Notices.refused(refusal);
                }
                return;
            } catch (IllegalArgumentException invalid) {
                Notices.error(FieldErrors.inLanguage(invalid.getMessage()));
                return;
            }
            dialog.close();
            Notices.info(getTranslation("accounts.created"));
            grid.getDataProvider().refreshAll();
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, displayName, role, scope, password));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog resetDialog(Actor account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.reset") + "：" + account.username());
        PasswordField password = new PasswordField(getTranslation("register.password"));
        Button save = new Button(getTranslation("common.confirm"), click -> {
            if (Notices.attempt(() -> accounts.resetPassword(account.username(), password.getValue().toCharArray(),
                    CurrentUser.require()))) {
                dialog.close();
                Notices.info(getTranslation("accounts.passwordReset"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.heading") + " - " + getTranslation("app.title");
    }
}
