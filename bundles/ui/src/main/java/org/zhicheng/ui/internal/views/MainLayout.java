package org.zhicheng.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.zhicheng.ui.internal.notify.NotificationBell;
import org.zhicheng.ui.internal.i18n.LanguageChooser;
import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.ui.internal.navigation.Screen;
import org.zhicheng.ui.internal.navigation.ScreenRegistry;
import org.zhicheng.ui.internal.session.CurrentUser;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;

/**
 * The frame of every page: title bar, language switch and a navigation that follows the screens
 * plugins contribute, updated by server push while the page is open.
 */
@CssImport("./styles/zhicheng.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final transient ScreenRegistry screens;
    /** The menu's links as markup (StaticMarkup): one server-side node instead of two a link (issue 16). */
    private final Div navigation = new Div();
    private transient List<Screen> menu = List.of();
    private Registration screenListener;
    private String currentPath = "";

    public MainLayout(ScreenRegistry screens) {
        this.screens = screens;
        H1 title = new H1();
        new StaticMarkup().text(getTranslation("app.title")).show(title); // no server-side text node (issue 16)
        title.addClassName("app-title");
        Component language = new LanguageChooser(getLocale());
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title,
                VaadinService.getCurrent().getInstantiator().getOrCreate(PlatformDateBadge.class),
                VaadinService.getCurrent().getInstantiator().getOrCreate(NotificationBell.class), account(), language);
        bar.addClassName("app-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        addToNavbar(bar);

        navigation.addClassName("nav-links"); // laid out in zhicheng.css
        Nav nav = new Nav(navigation);
        nav.setId("main-navigation");
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        showNavigation(screens.screens());
        screenListener = screens.addListener(current -> ui.access(() -> {
            showNavigation(current);
            leaveRemovedScreen(ui, current);
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (screenListener != null) {
            screenListener.remove();
            screenListener = null;
        }
        super.onDetach(detachEvent);
    }

    /** Who is logged in, with a logout; or the login and registration links. */
    private HorizontalLayout account() {
        HorizontalLayout account = new HorizontalLayout();
        account.setId("account");
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        CurrentUser.get().ifPresentOrElse(actor -> {
            String role = Terms.of(actor.role(), actor.role().officialTerm());
            Span who = new Span();
            new StaticMarkup().text(ZhichengTranslations.rightToLeft(getLocale()) ? actor.displayName() + " (" + role + ")"
                    : actor.displayName() + "（" + role + "）").show(who);
            who.setId("current-user");
            Button logout = new Button(getTranslation("nav.logout"), click -> CurrentUser.logout("."));
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(who, logout);
        }, () -> {
            Anchor login = new Anchor(LoginView.ROUTE, getTranslation("nav.login"));
            login.setId("login-link");
            account.add(login);
        });
        return account;
    }

    /** The menu is the registry's: exactly the screens the current user (or visitor) may open. */
    private void showNavigation(List<Screen> current) {
        menu = ScreenRegistry.menu(current, CurrentUser.get());
        drawNavigation();
    }

    /**
     * Each screen a link that Flow's client router follows without a page load ({@code router-link}); the current
     * page's marked {@code aria-current} (bold in zhicheng.css); {@code data-route} for the browser tests.
     */
    private void drawNavigation() {
        Locale locale = getLocale();
        StaticMarkup links = new StaticMarkup();
        for (Screen screen : menu) {
            String route = screen.route();
            links.open("a", "href", route.isEmpty() ? "." : route, "router-link", "", "data-route", route,
                    "aria-current", currentPath.equals(route) ? "page" : null)
                    .text(screen.label().text(locale, this::getTranslation)).close("a");
        }
        links.show(navigation);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        drawNavigation();
        if (getContent() != null) {
            ResponsiveGrid.fitAll(getContent()); // issue 12: every list on the page fits a phone
        }
    }

    /** A user looking at a screen whose plugin was just removed is taken home instead of an error. */
    private static void leaveRemovedScreen(UI ui, List<Screen> current) {
        String path = ui.getInternals().getActiveViewLocation().getPath();
        boolean stillThere = path.isEmpty() || current.stream().anyMatch(s -> s.route().equals(path))
                || RouteConfiguration.forApplicationScope().isPathRegistered(path)
                || RouteConfiguration.forApplicationScope().getRoute(path).isPresent(); // series/<code> and the like
        if (!stillThere) {
            ui.navigate("");
        }
    }
}
