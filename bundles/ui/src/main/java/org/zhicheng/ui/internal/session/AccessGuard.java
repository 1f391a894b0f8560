package org.zhicheng.ui.internal.session;

import java.util.Arrays;
import java.util.Optional;

import org.zhicheng.api.security.Actor;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.QueryParameters;

/** Checks every navigation against the target view's {@link ForRoles}. */
public final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;
    public static final String LOGIN_ROUTE = "login";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ForRoles roles = event.getNavigationTarget().getAnnotation(ForRoles.class);
        if (roles == null) {
            return;
        }
        Optional<Actor> actor = CurrentUser.get();
        if (actor.isEmpty()) {
            event.forwardTo(LOGIN_ROUTE, QueryParameters.simple(java.util.Map.of("to", event.getLocation().getPath())));
        } else if (Arrays.stream(roles.value()).noneMatch(role -> role == actor.get().role())) {
            event.forwardTo(StartPages.of(actor.get().role()));
        }
    }
}
