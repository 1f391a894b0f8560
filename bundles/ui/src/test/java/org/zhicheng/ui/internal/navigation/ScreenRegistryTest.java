package org.zhicheng.ui.internal.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.screen.ScreenContribution;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.ui.internal.navigation.Screen.Decision;
import org.zhicheng.ui.internal.session.StartPages;

/**
 * The screen registry's roles: each role's menu is exactly the screens it may open, every other screen is refused
 * the way the guard handles it (log in, or the role's own start page), and a plugin's screen takes part alike.
 */
class ScreenRegistryTest {

    private static final Optional<Actor> ANONYMOUS = Optional.empty();
    private static final List<String> PUBLIC = List.of("notice", "standards", "results", "verify", "contacts");

    /** One account of each role that can log in. */
    private static Map<String, Optional<Actor>> everyone() {
        Map<String, Optional<Actor>> actors = new LinkedHashMap<>();
        actors.put("anonymous", ANONYMOUS);
        actors.put("applicant", Optional.of(Actor.applicant("lina", "李娜", 1, "阿克苏地区第一人民医院", "阿克苏市")));
        actors.put("employer", Optional.of(Actor.employer("unit-shuili", 1, "阿克苏地区水利局")));
        actors.put("county", Optional.of(Actor.countyBureau("kuqa-hr", "库车市")));
        actors.put("dept-engineering", Optional.of(Actor.seriesDepartment("dept-engineering", Set.of("engineering"))));
        actors.put("dept-health", Optional.of(Actor.seriesDepartment("dept-health", Set.of("health"))));
        actors.put("expert", Optional.of(Actor.expert("expert1", "E001")));
        actors.put("office", Optional.of(Actor.committeeOffice("office", Set.of())));
        actors.put("admin", Optional.of(Actor.admin("admin")));
        actors.put("integration", Optional.of(Actor.integration("integration")));
        return actors;
    }

    private static List<String> routes(List<Screen> screens) {
        return screens.stream().map(Screen::route).toList();
    }

    private static List<String> menu(String... own) {
        List<String> menu = new java.util.ArrayList<>();
        menu.add("");
        menu.addAll(List.of(own));
        menu.addAll(PUBLIC);
        return menu;
    }

    @Test
    void eachRolesMenuIsExactlyTheScreensItMayOpen() {
        ScreenRegistry registry = new ScreenRegistry();
        for (Map.Entry<String, Optional<Actor>> who : everyone().entrySet()) {
            List<Screen> menu = registry.menu(who.getValue());
            for (Screen screen : registry.screens()) {
                boolean opens = screen.decide(who.getValue()) == Decision.OPEN;
                if (screen.inMenu()) {
                    assertEquals(opens, menu.contains(screen), who.getKey() + " /" + screen.route());
                }
            }
        }
    }

    /** Today's menus, with INTEGRATION now shown the committee and calendar pages it may open. */
    @Test
    void theMenusOfEveryRole() {
        ScreenRegistry registry = new ScreenRegistry();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> anonymous = new java.util.ArrayList<>(menu());
        anonymous.add("register");
        expected.put("anonymous", anonymous);
        expected.put("applicant", menu("applicant/files", "messages"));
        expected.put("employer", menu("review", "messages"));
        expected.put("county", menu("review", "units", "imports", "messages"));
        expected.put("dept-engineering", menu("review", "imports", "messages", "department"));
        expected.put("dept-health", menu("review", "imports", "messages", "department"));
        expected.put("expert", menu("expert/files", "expert/meetings", "messages"));
        expected.put("office", menu("committee", "committee/meetings", "messages"));
        expected.put("admin", menu("admin/accounts", "admin/audit", "admin/plugins", "admin/calendar", "units", "messages"));
        expected.put("integration", menu("review", "committee", "admin/calendar", "imports", "messages"));
        everyone().forEach((who, actor) -> assertEquals(expected.get(who), routes(registry.menu(actor)), who));
    }

    @Test
    void aScreenNotPermittedSendsVisitorsToLoginAndRolesToTheirStartPage() {
        ScreenRegistry registry = new ScreenRegistry();
        Screen audit = registry.screens().stream().filter(s -> s.route().equals("admin/audit")).findFirst().orElseThrow();
        assertEquals(Decision.LOGIN, audit.decide(ANONYMOUS));
        assertEquals(Decision.START_PAGE, audit.decide(everyone().get("applicant")));
        assertEquals(Decision.OPEN, audit.decide(everyone().get("admin")));
        Screen register = registry.screens().stream().filter(s -> s.route().equals("register")).findFirst().orElseThrow();
        assertEquals(Decision.OPEN, register.decide(ANONYMOUS));
        assertEquals(Decision.START_PAGE, register.decide(everyone().get("county")));
        // pages reached by links only are open to all, in nobody's menu
        for (String linkOnly : List.of("login", "series")) {
            Screen screen = registry.screens().stream().filter(s -> s.route().equals(linkOnly)).findFirst().orElseThrow();
            assertFalse(screen.inMenu(), linkOnly);
            everyone().values().forEach(actor -> assertEquals(Decision.OPEN, screen.decide(actor)));
        }
    }

    /** Where the guard sends a role must be a page it may open, or the forward would loop. */
    @Test
    void everyRolesStartPageIsInItsMenu() {
        ScreenRegistry registry = new ScreenRegistry();
        everyone().forEach((who, actor) -> actor.ifPresent(me -> assertTrue(
                routes(registry.menu(actor)).contains(StartPages.of(me.role())), who)));
    }

    @Test
    void everyRouteIsDeclaredOnce() {
        List<String> routes = routes(new ScreenRegistry().screens());
        assertEquals(routes.size(), new HashSet<>(routes).size(), routes.toString());
    }

    /** a plugin's department screen is its series' department's, and the committee office covering it. */
    @Test
    void aPluginScreenForADepartmentIsItsSeriesDepartmentsOnly_R19() {
        ScreenRegistry registry = new ScreenRegistry();
        ScreenContribution portfolio = contribution("engineering/portfolio", Set.of(Role.SERIES_DEPARTMENT,
                Role.COMMITTEE_OFFICE), "engineering");
        registry.add(portfolio);
        Screen screen = registry.screens().stream().filter(s -> s.source() == portfolio).findFirst().orElseThrow();
        Map<String, Optional<Actor>> actors = everyone();
        assertTrue(routes(registry.menu(actors.get("dept-engineering"))).contains("engineering/portfolio"));
        assertTrue(routes(registry.menu(actors.get("office"))).contains("engineering/portfolio"));
        assertFalse(routes(registry.menu(actors.get("dept-health"))).contains("engineering/portfolio"));
        assertEquals(Decision.START_PAGE, screen.decide(actors.get("dept-health")));
        assertEquals(Decision.START_PAGE, screen.decide(
                Optional.of(Actor.committeeOffice("office-health", Set.of("health")))));
        assertEquals(Decision.START_PAGE, screen.decide(actors.get("applicant")));
        assertEquals(Decision.LOGIN, screen.decide(ANONYMOUS));
        assertEquals("Portfolio", screen.label().text(Locale.ENGLISH, key -> key));
        registry.removeScreen(portfolio);
        assertFalse(routes(registry.menu(actors.get("dept-engineering"))).contains("engineering/portfolio"));
    }

    @Test
    void aPluginScreenWithoutRolesIsPublic() {
        ScreenRegistry registry = new ScreenRegistry();
        registry.add(contribution("/culture/guide", Set.of(), null));
        everyone().forEach((who, actor) -> assertTrue(routes(registry.menu(actor)).contains("culture/guide"), who));
    }

    private static ScreenContribution contribution(String route, Set<Role> roles, String series) {
        return new ScreenContribution() {
            @Override
            public String route() {
                return route;
            }

            @Override
            public String title(Locale locale) {
                return "Portfolio";
            }

            @Override
            public Class<?> viewClass() {
                return com.vaadin.flow.component.html.Div.class;
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public Optional<String> seriesCode() {
                return Optional.ofNullable(series);
            }
        };
    }
}
