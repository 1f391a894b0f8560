package org.zhicheng.api.screen;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.zhicheng.api.security.Role;

/**
 * A screen that a bundle adds to the web UI, published as an OSGi service (whiteboard pattern). The ui bundle's
 * screen registry takes it like one of its own views: it registers {@link #viewClass()} as a route under the main
 * layout while the service is present (and removes it when the service goes), lists it in the menu of the roles in
 * {@link #roles()}, and refuses the route to everybody else (anonymous visitors go to the login page, other roles to
 * their own start page). Kept free of Vaadin types so that the API bundle does not depend on the UI toolkit.
 *
 * <p><b>How the view is made.</b> The view class must be a Vaadin {@code com.vaadin.flow.component.Component}. Each
 * time the route is opened the ui bundle's instantiator creates a new instance: it takes the public constructor with
 * the most parameters and passes, for each parameter, the OSGi service of that type, looked up through the bundle
 * that owns the view class (waiting up to 5 s for one that is about to come); a view without such a constructor is
 * made with its public no-arg constructor. This is not Declarative Services: the view is no component, takes no
 * {@code @Reference} and has no lifecycle of its own besides Vaadin's attach and detach; only the contribution is a
 * DS service. The logged-in account is the api's {@link org.zhicheng.api.security.Actor} in the Vaadin session
 * ({@code VaadinSession.getCurrent().getAttribute(Actor.class)}): pass it to every service call, core decides what
 * it may see.
 */
public interface ScreenContribution {

    /** Route path relative to the application root, e.g. {@code engineering/portfolio}. */
    String route();

    /** Menu label in the given locale (zh_CN is the default). */
    String title(Locale locale);

    /** A Vaadin {@code Component} subclass, made as the type's documentation says. */
    Class<?> viewClass();

    /** Position in the navigation; lower first. */
    default int order() {
        return 100;
    }

    /**
     * The roles that may open the screen and see it in their menu; empty (the default) means public, for everybody
     * including anonymous visitors. A convenience only: core refuses what the role may not read anyway.
     *
     * @since 1.1
     */
    default Set<Role> roles() {
        return Set.of();
    }

    /**
     * The series the screen is about, if any: a series department, or a committee office for some series, then sees
     * and opens it only when its account covers that series; other roles in {@link #roles()} are not scoped.
     *
     * @since 1.1
     */
    default Optional<String> seriesCode() {
        return Optional.empty();
    }
}
