package org.zhicheng.ui.internal.session;

import java.util.Optional;

import org.zhicheng.api.security.Actor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * The logged-in account of the current Vaadin session: only its {@link Actor} (a few hundred bytes) is kept, so
 * that a session stays small; every service call passes it, and core decides what it may see and do.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Actor> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Actor.class));
    }

    /** The actor of a page that requires login (the guard has let only logged-in users in). */
    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("no user logged in"));
    }

    /** After a successful login: a new HTTP session id (no session fixation), then the actor. */
    public static void login(Actor actor) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(Actor.class, actor);
    }

    /**
     * Sends the browser to {@code location}, then ends the session. In this order: invalidating first lets the
     * session's closing race the response, which then sometimes carries no redirect and the page stays put.
     */
    public static void logout(String location) {
        UI.getCurrent().getPage().setLocation(location);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Actor.class, null);
        session.getSession().invalidate();
    }
}
