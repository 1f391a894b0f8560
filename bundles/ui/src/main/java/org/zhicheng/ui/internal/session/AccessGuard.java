package org.zhicheng.ui.internal.session;

import java.util.Map;
import java.util.Optional;

import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.navigation.Screen;
import org.zhicheng.ui.internal.navigation.ScreenRegistry;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.QueryParameters;

/**
 * Checks every navigation against the target's screen in the {@link ScreenRegistry}: an anonymous visitor goes to
 * the login page (and back after it), a role that may not open it to its own start page. Views that are no screen
 * (the not-found page) are open.
 */
public final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;
    public static final String LOGIN_ROUTE = "login";

    private final transient ScreenRegistry screens;

    public AccessGuard(ScreenRegistry screens) {
        this.screens = screens;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Screen> screen = screens.forView(event.getNavigationTarget());
        if (screen.isEmpty()) {
            return;
        }
        Optional<Actor> actor = CurrentUser.get();
        switch (screen.get().decide(actor)) {
            case OPEN -> { }
            case LOGIN -> event.forwardTo(LOGIN_ROUTE, QueryParameters.simple(Map.of("to", event.getLocation().getPath())));
            case START_PAGE -> event.forwardTo(StartPages.of(actor.orElseThrow().role()));
        }
    }
}
