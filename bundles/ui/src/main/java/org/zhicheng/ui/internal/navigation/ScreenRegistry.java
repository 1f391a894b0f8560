package org.zhicheng.ui.internal.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.Registration;

/**
 * The whiteboard of screens: every {@link ScreenContribution} service becomes a route under the main
 * layout while it is registered, and every open main layout is told so that its navigation follows.
 */
@org.osgi.service.component.annotations.Component(service = ScreenRegistry.class)
public class ScreenRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenRegistry.class);

    /** A screen as the navigation shows it. */
    public record Screen(String route, ScreenContribution contribution, long bundleId) {
        public String title(Locale locale) {
            return contribution.title(locale);
        }
    }

    private final List<Screen> screens = new ArrayList<>();
    private final Set<Consumer<List<Screen>>> listeners = new CopyOnWriteArraySet<>();
    private ApplicationRouteRegistry routes;
    private VaadinService service;
    private Class<? extends RouterLayout> layout;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addScreen(ScreenContribution contribution, ServiceReference<ScreenContribution> reference) {
        Screen screen = new Screen(normalise(contribution.route()), contribution, reference.getBundle().getBundleId());
        synchronized (this) {
            screens.add(screen);
            screens.sort(Comparator.comparingInt((Screen s) -> s.contribution().order()).thenComparing(Screen::route));
            if (routes != null) {
                register(screen);
            }
        }
        LOG.info("Screen /{} added by bundle {}", screen.route(), screen.bundleId());
        notifyListeners();
    }

    void removeScreen(ScreenContribution contribution) {
        Screen removed = null;
        synchronized (this) {
            for (Screen screen : screens) {
                if (screen.contribution() == contribution) {
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

    /** Called by the servlet once Flow is up: routes of screens seen so far are registered now. */
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

    public synchronized List<Screen> screens() {
        return List.copyOf(screens);
    }

    public Registration addListener(Consumer<List<Screen>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @SuppressWarnings("unchecked")
    private void register(Screen screen) {
        Class<?> view = screen.contribution().viewClass();
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
