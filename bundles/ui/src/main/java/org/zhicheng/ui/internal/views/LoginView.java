package org.zhicheng.ui.internal.views;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.StartPages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** Login for every role; a successful login goes where the user wanted to go, or to the role's start page. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "login";

    private final transient AccountService accounts;
    private final LoginForm form = new LoginForm();
    private String wanted;

    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        setId("login-view");
        setAlignItems(Alignment.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.addForgotPasswordListener(event -> Notices.info(getTranslation("login.forgot.help")));
        form.addLoginListener(event -> login(event.getUsername(), event.getPassword()));
        add(new H2(getTranslation("login.heading")), form,
                new Anchor(RegistrationView.ROUTE, getTranslation("login.register")));
    }

    private void login(String username, String password) {
        char[] secret = password.toCharArray();
        Optional<Actor> actor = accounts.authenticate(username, secret);
        Arrays.fill(secret, '\0');
        if (actor.isEmpty()) {
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        CurrentUser.login(actor.get());
        // a full load, so that the frame shows the account and its navigation
        getUI().ifPresent(ui -> ui.getPage().setLocation(wanted != null ? wanted : StartPages.of(actor.get().role())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> to = event.getLocation().getQueryParameters().getParameters().get("to");
        wanted = to == null || to.isEmpty() || to.get(0).startsWith("http") ? null : to.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading") + " - " + getTranslation("app.title");
    }
}
