package org.zhicheng.ui.internal.views;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.LoginLockedException;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.LeftPages;
import org.zhicheng.ui.internal.session.StartPages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;

/** Login for every role; a successful login goes where the user wanted to go, or to the role's start page. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "login";

    private final transient AccountService accounts;
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n;
    private String wanted;

    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        setId("login-view");
        setAlignItems(Alignment.CENTER);
        i18n = LoginI18n.createDefault();
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
        Optional<Actor> actor;
        try {
            actor = accounts.authenticate(username, secret, clientAddress());
        } catch (LoginLockedException locked) {
            // issue 15: too many failures; the form says until when, in the user's language
            showError(getTranslation("login.locked.title"), Notices.message(locked));
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (actor.isEmpty()) {
            showError(getTranslation("login.error.title"), getTranslation("login.error.message"));
            return;
        }
        CurrentUser.login(actor.get());
        // a full load, so that the frame shows the account and its navigation
        getUI().ifPresent(ui -> LeftPages.load(ui, wanted != null ? wanted : StartPages.of(actor.get().role())));
    }

    private void showError(String title, String message) {
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    /** The client's address as the server sees it, for throttling per address (core's); null outside a request. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
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
