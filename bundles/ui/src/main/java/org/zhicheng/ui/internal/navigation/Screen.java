package org.zhicheng.ui.internal.navigation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.zhicheng.api.screen.ScreenContribution;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

/**
 * One screen of the web UI as the {@link ScreenRegistry} holds it: its route, its place in the menu (if it has one)
 * and who may open it. The route, the menu and the access guard are all read from here, for the ui bundle's own
 * views and for plugins' screens alike.
 *
 * @param label      the menu text, or null for a screen reached by links only (login, a series page)
 * @param roles      who may open it, for {@link Audience#ROLES}
 * @param seriesCode the series it is about, if any: departments and committee offices then need to cover it
 * @param source     the plugin's contribution it came from, or null for the ui bundle's own
 */
public record Screen(String route, Class<?> view, Label label, Group group, int order, Audience audience,
                     Set<Role> roles, String seriesCode, ScreenContribution source) {

    /** Menu sections, in this order; within one, by {@link #order()}. */
    public enum Group { HOME, OWN_WORK, ACCOUNT, SERIES, PUBLIC }

    /** Who may open a screen. */
    public enum Audience {
        /** Everybody, logged in or not. */
        PUBLIC,
        /** Only visitors not logged in (registration); a logged-in user goes to their start page. */
        VISITORS,
        /** Only the listed roles (and, for a series screen, only staff covering the series). */
        ROLES
    }

    /** What the guard does with a navigation. */
    public enum Decision { OPEN, LOGIN, START_PAGE }

    /** The menu text in a locale; {@code translate} reads the ui bundle's resource bundles by key. */
    @FunctionalInterface
    public interface Label {
        String text(Locale locale, UnaryOperator<String> translate);

        static Label key(String key) {
            return (locale, translate) -> translate.apply(key);
        }
    }

    public Screen {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (audience == Audience.ROLES && roles.isEmpty()) {
            throw new IllegalArgumentException("screen /" + route + " is for roles but names none");
        }
    }

    /** A public screen of the ui bundle, reached by links only until {@link #inMenu} puts it into the menu. */
    public static Screen of(String route, Class<?> view) {
        return new Screen(route, view, null, Group.PUBLIC, 0, Audience.PUBLIC, Set.of(), null, null);
    }

    /** A plugin's screen: in the series part of the menu, for the roles it names (public when it names none). */
    public static Screen of(String route, ScreenContribution contribution) {
        Set<Role> roles = contribution.roles() == null ? Set.of() : contribution.roles();
        return new Screen(route, contribution.viewClass(), (locale, translate) -> contribution.title(locale), Group.SERIES,
                contribution.order(), roles.isEmpty() ? Audience.PUBLIC : Audience.ROLES, roles,
                contribution.seriesCode().orElse(null), contribution);
    }

    public Screen inMenu(String key, Group inGroup, int position) {
        return new Screen(route, view, Label.key(key), inGroup, position, audience, roles, seriesCode, source);
    }

    public Screen forRoles(Role first, Role... others) {
        return new Screen(route, view, label, group, order, Audience.ROLES, EnumSet.of(first, others), seriesCode, source);
    }

    public Screen forVisitors() {
        return new Screen(route, view, label, group, order, Audience.VISITORS, Set.of(), seriesCode, source);
    }

    public boolean inMenu() {
        return label != null;
    }

    /** Whether the actor (empty: an anonymous visitor) may open the screen. */
    public boolean permits(Optional<Actor> actor) {
        return switch (audience) {
            case PUBLIC -> true;
            case VISITORS -> actor.isEmpty();
            case ROLES -> actor.isPresent() && roles.contains(actor.get().role()) && coversSeries(actor.get());
        };
    }

    /** The guard's answer: open it, or send an anonymous visitor to log in, or a logged-in one to their start page. */
    public Decision decide(Optional<Actor> actor) {
        if (permits(actor)) {
            return Decision.OPEN;
        }
        return actor.isEmpty() ? Decision.LOGIN : Decision.START_PAGE;
    }

    /** The same scopes as core's: a department covers its series, a committee office its series or all. */
    private boolean coversSeries(Actor actor) {
        if (seriesCode == null) {
            return true;
        }
        return switch (actor.role()) {
            case SERIES_DEPARTMENT -> actor.seriesCodes().contains(seriesCode);
            case COMMITTEE_OFFICE -> actor.seriesCodes().isEmpty() || actor.seriesCodes().contains(seriesCode);
            default -> true;
        };
    }
}
