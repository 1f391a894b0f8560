package org.zhicheng.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.ui.internal.notify.MessagesView;
import org.zhicheng.ui.internal.notify.NotificationBell;
import org.zhicheng.ui.internal.admin.AuditView;
import org.zhicheng.ui.internal.admin.CalendarView;
import org.zhicheng.ui.internal.admin.UnitsView;
import org.zhicheng.ui.internal.admin.PluginsView;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.ui.internal.navigation.ScreenRegistry.Screen;
import org.zhicheng.ui.internal.navigation.ScreenRegistry;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.StartPages;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
    private final VerticalLayout navigation = new VerticalLayout();
    private Registration screenListener;
    private String currentPath = "";

    public MainLayout(ScreenRegistry screens) {
        this.screens = screens;
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        title.addClassName("app-title");
        Button language = new Button(getTranslation("app.switchLanguage"), click -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");
        language.getStyle().set("flex-shrink", "0");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title,
                VaadinService.getCurrent().getInstantiator().getOrCreate(PlatformDateBadge.class),
                VaadinService.getCurrent().getInstantiator().getOrCreate(NotificationBell.class), account(), language);
        bar.addClassName("app-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        navigation.setPadding(true);
        navigation.setSpacing(false);
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
        account.getStyle().set("flex-shrink", "0");
        CurrentUser.get().ifPresentOrElse(actor -> {
            Span who = new Span(actor.displayName() + "（" + actor.role().officialTerm() + "）");
            who.setId("current-user");
            Button logout = new Button(getTranslation("nav.logout"), click -> {
                UI ui = UI.getCurrent();
                CurrentUser.logout();
                ui.getPage().setLocation(".");
            });
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

    private void showNavigation(List<Screen> current) {
        Locale locale = getLocale();
        navigation.removeAll();
        navigation.add(link("", getTranslation("nav.home")));
        Optional<Actor> actor = CurrentUser.get();
        actor.ifPresent(me -> roleLinks(me.role()).forEach((route, key) -> navigation.add(link(route, getTranslation(key)))));
        actor.ifPresent(me -> navigation.add(link(MessagesView.ROUTE, getTranslation("nav.messages"))));
        for (Screen screen : current) {
            navigation.add(link(screen.route(), screen.title(locale)));
        }
        navigation.add(link(NoticeView.ROUTE, getTranslation("nav.notice")));
        navigation.add(link(StandardsView.ROUTE, getTranslation("nav.standards")));
        navigation.add(link(ResultsView.ROUTE, getTranslation("nav.results")));
        navigation.add(link(VerificationView.ROUTE, getTranslation("nav.verify")));
        navigation.add(link(ContactsView.ROUTE, getTranslation("nav.contacts")));
        if (actor.isEmpty()) {
            navigation.add(link(RegistrationView.ROUTE, getTranslation("nav.register")));
        }
    }

    /** Each role's own pages, first in the navigation. */
    private static Map<String, String> roleLinks(Role role) {
        Map<String, String> links = new LinkedHashMap<>();
        switch (role) {
            case APPLICANT -> links.put(StartPages.APPLICANT, "nav.myFiles");
            case EMPLOYER, COUNTY_BUREAU, SERIES_DEPARTMENT, INTEGRATION, SYSTEM -> links.put(StartPages.REVIEW, "nav.review");
            case EXPERT -> links.put(StartPages.EXPERT, "nav.expert");
            case COMMITTEE_OFFICE -> links.put(StartPages.COMMITTEE, "nav.committee");
            case ADMIN -> {
                links.put(StartPages.ADMIN, "nav.accounts");
                links.put(AuditView.ROUTE, "nav.audit");
                links.put(PluginsView.ROUTE, "nav.plugins");
                links.put(CalendarView.ROUTE, "nav.calendar");
            }
        }
        if (role == Role.ADMIN || role == Role.COUNTY_BUREAU) {
            links.put(UnitsView.ROUTE, "nav.units"); // 用人单位管理
        }
        return links;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        navigation.getChildren().filter(Anchor.class::isInstance).forEach(child -> markCurrent((Anchor) child));
        if (getContent() != null) {
            ResponsiveGrid.fitAll(getContent()); // issue 12: every list on the page fits a phone
        }
    }

    private Anchor link(String route, String text) {
        Anchor anchor = new Anchor(route.isEmpty() ? "." : route, text);
        anchor.getElement().setAttribute("router-link", true);
        anchor.getElement().setAttribute("data-route", route);
        anchor.getStyle().set("padding", "var(--lumo-space-s) 0");
        markCurrent(anchor);
        return anchor;
    }

    private void markCurrent(Anchor anchor) {
        boolean current = currentPath.equals(anchor.getElement().getAttribute("data-route"));
        if (current) {
            anchor.getElement().setAttribute("aria-current", "page");
        } else {
            anchor.getElement().removeAttribute("aria-current");
        }
        anchor.getStyle().set("font-weight", current ? "600" : "normal");
    }

    /** A user looking at a screen whose plugin was just removed is taken home instead of an error. */
    private static void leaveRemovedScreen(UI ui, List<Screen> current) {
        String path = ui.getInternals().getActiveViewLocation().getPath();
        boolean stillThere = path.isEmpty() || current.stream().anyMatch(s -> s.route().equals(path))
                || RouteConfiguration.forApplicationScope().isPathRegistered(path);
        if (!stillThere) {
            ui.navigate("");
        }
    }

    private void switchLanguage() {
        Locale next = ZhichengTranslations.ENGLISH.getLanguage().equals(getLocale().getLanguage())
                ? ZhichengTranslations.CHINESE : ZhichengTranslations.ENGLISH;
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(next);
        ui.getPage().reload();
    }
}
