package org.zhicheng.ui.internal.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.screen.ScreenContribution;
import org.zhicheng.api.security.Actor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.Registration;

/**
 * The one list of screens: the ui bundle's own ({@link CoreScreens}) and every {@link ScreenContribution} service
 * (whiteboard), each with its route, menu entry and roles ({@link Screen}). Flow's routes, the menu of every open main
 * layout and the access guard are all read from it; plugin screens come and go while their services do.
 */
@org.osgi.service.component.annotations.Component(service = ScreenRegistry.class)
public class ScreenRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenRegistry.class);
    private static final Comparator<Screen> MENU_ORDER = Comparator.comparing(Screen::group)
            .thenComparingInt(Screen::order).thenComparing(Screen::route);

    private final List<Screen> screens = new ArrayList<>(CoreScreens.all());
    private final Set<Consumer<List<Screen>>> listeners = new CopyOnWriteArraySet<>();
    private ApplicationRouteRegistry routes;
    private VaadinService service;
    private Class<? extends RouterLayout> layout;

    public ScreenRegistry() {
        screens.sort(MENU_ORDER);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addScreen(ScreenContribution contribution, ServiceReference<ScreenContribution> reference) {
        add(contribution);
        LOG.info("Screen /{} added by bundle {}", normalise(contribution.route()), reference.getBundle().getBundleId());
    }

    /** A plugin's screen, as its service arrives. */
    void add(ScreenContribution contribution) {
        Screen screen = Screen.of(normalise(contribution.route()), contribution);
        synchronized (this) {
            screens.add(screen);
            screens.sort(MENU_ORDER);
            if (routes != null) {
                register(screen);
            }
        }
        notifyListeners();
    }

    void removeScreen(ScreenContribution contribution) {
        Screen removed = null;
        synchronized (this) {
            for (Screen screen : screens) {
                if (screen.source() == contribution) {
                    removed = screen;
                }
            }
            if (removed == null) {
                return;
            }
            screens.remove(removed);
            if (routes != null) {
                String path = removed.route();
                withService(() -> RouteConfiguration.forRegistry(routes).removeRoute(path));
            }
        }
        LOG.info("Screen /{} removed", removed.route());
        notifyListeners();
    }

    /** Called by the servlet once Flow is up: every screen's route is registered now, later ones as they come. */
    public synchronized void attach(ApplicationRouteRegistry routeRegistry, VaadinService vaadinService,
                                    Class<? extends RouterLayout> mainLayout) {
        this.routes = routeRegistry;
        this.service = vaadinService;
        this.layout = mainLayout;
        screens.forEach(this::register);
    }

    public synchronized void detach() {
        routes = null;
        service = null;
        layout = null;
    }

    /** Every screen, in menu order. */
    public synchronized List<Screen> screens() {
        return List.copyOf(screens);
    }

    /** The menu of an actor (empty: an anonymous visitor): exactly the screens with a menu entry it may open. */
    public List<Screen> menu(Optional<Actor> actor) {
        return menu(screens(), actor);
    }

    public static List<Screen> menu(List<Screen> screens, Optional<Actor> actor) {
        return screens.stream().filter(Screen::inMenu).filter(screen -> screen.permits(actor)).toList();
    }

    /** The screen a view class is registered for, for the access guard. */
    public synchronized Optional<Screen> forView(Class<?> view) {
        return screens.stream().filter(screen -> screen.view() == view).findFirst();
    }

    public Registration addListener(Consumer<List<Screen>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @SuppressWarnings("unchecked")
    private void register(Screen screen) {
        Class<?> view = screen.view();
        if (!Component.class.isAssignableFrom(view)) {
            LOG.error("Screen /{} ignored: {} is not a Vaadin component", screen.route(), view.getName());
            return;
        }
        withService(() -> RouteConfiguration.forRegistry(routes)
                .setRoute(screen.route(), (Class<? extends Component>) view, layout));
    }

    /** Flow's registry expects the current service on the thread; OSGi callbacks come on others. */
    private void withService(Runnable action) {
        VaadinService previous = VaadinService.getCurrent();
        VaadinService.setCurrent(service);
        try {
            action.run();
        } finally {
            VaadinService.setCurrent(previous);
        }
    }

    private void notifyListeners() {
        List<Screen> current = screens();
        listeners.forEach(listener -> listener.accept(current));
    }

    private static String normalise(String route) {
        String trimmed = route == null ? "" : route.trim();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed;
    }
}
