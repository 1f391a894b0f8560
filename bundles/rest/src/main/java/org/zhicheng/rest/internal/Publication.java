package org.zhicheng.rest.internal;

import java.util.Collection;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the JAX-RS whiteboard may publish the API (issue 16 item 4). Aries' whiteboard rebuilds CXF's server for every
 * resource or extension added to a running application: 50 rebuilds at start, one per component of this bundle as
 * core's services arrive. The whiteboard's configuration ({@code application.ready.service.filter}, feature
 * zhicheng-rest) holds the application back until the service this registers: then every resource is added before
 * the application is enabled, and CXF builds once. It is registered as soon as every JAX-RS component of this bundle
 * is registered, or after {@link #GRACE_SECONDS} whatever is missing (core stopped, a failed migration), so that the
 * health endpoint still answers then; resources arriving later are added one by one as before. Until it is published,
 * {@link StartingServlet} answers /api with 503 (else the web UI's servlet, "/*", would answer there).
 */
@Component(immediate = true, service = {})
public final class Publication {

    /** The property of the ready service, in the whiteboard's application.ready.service.filter (feature.xml). */
    public static final String READY = "zhicheng.rest.ready";
    public static final long GRACE_SECONDS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(Publication.class);
    private static final String WHITEBOARD = "(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true))";

    private final BundleContext context;
    private final Set<String> expected;
    private final long started = System.nanoTime();
    private final ServiceListener listener = event -> {
        if (event.getType() == ServiceEvent.REGISTERED) {
            check(false);
        }
    };
    private final ScheduledExecutorService grace = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "zhicheng-rest-publication"));
    private ServiceRegistration<Publication> registration;
    private ServiceRegistration<Servlet> starting;
    private boolean published;
    private boolean stopped;

    @Activate
    public Publication(BundleContext context, @Reference ServiceComponentRuntime components) throws InvalidSyntaxException {
        this.context = context;
        this.expected = whiteboardComponents(components.getComponentDescriptionDTOs(context.getBundle()));
        Hashtable<String, Object> servlet = new Hashtable<>();
        servlet.put("osgi.http.whiteboard.servlet.pattern", "/api/*");
        servlet.put("osgi.http.whiteboard.servlet.name", "zhicheng-rest-starting");
        this.starting = context.registerService(Servlet.class, new StartingServlet(), servlet);
        context.addServiceListener(listener, filter());
        grace.schedule(() -> check(true), GRACE_SECONDS, TimeUnit.SECONDS);
        check(false);
    }

    /** The names of the enabled components that the whiteboard takes up: resources and extensions. */
    static Set<String> whiteboardComponents(Collection<ComponentDescriptionDTO> descriptions) {
        Set<String> names = new TreeSet<>();
        for (ComponentDescriptionDTO description : descriptions) {
            if (description.defaultEnabled && (isTrue(description.properties, "osgi.jaxrs.resource")
                    || isTrue(description.properties, "osgi.jaxrs.extension"))) {
                names.add(description.name);
            }
        }
        return names;
    }

    private static boolean isTrue(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        return value != null && Boolean.parseBoolean(String.valueOf(value));
    }

    private String filter() {
        return "(&(service.bundleid=" + context.getBundle().getBundleId() + ")" + WHITEBOARD + ")";
    }

    /** The names of this bundle's whiteboard components whose services are registered now. */
    private Set<String> registered() {
        Set<String> names = new TreeSet<>();
        try {
            ServiceReference<?>[] references = context.getServiceReferences((String) null, filter());
            if (references != null) {
                for (ServiceReference<?> reference : references) {
                    Object name = reference.getProperty("component.name");
                    if (name != null) {
                        names.add(name.toString());
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IllegalStateException e) {
            // the bundle is stopping: its context is no longer valid; nothing to publish
        }
        return names;
    }

    private void check(boolean graceOver) {
        Set<String> missing;
        synchronized (this) {
            if (stopped || published) {
                return;
            }
            missing = new TreeSet<>(expected);
            missing.removeAll(registered());
            if (!missing.isEmpty() && !graceOver) {
                return;
            }
            published = true;
        }
        context.removeServiceListener(listener);
        grace.shutdown();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (missing.isEmpty()) {
            LOG.info("REST API complete: its {} resources and extensions published at once ({} ms after the bundle)",
                    expected.size(), ms);
        } else {
            LOG.warn("REST API published after {} ms without {} of its {} resources and extensions (they follow one by one"
                    + " when their services come): {}", ms, missing.size(), expected.size(), missing);
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(READY, Boolean.TRUE);
        // outside the lock: the whiteboard deploys the application and builds CXF's server on this thread
        ServiceRegistration<Publication> ready = context.registerService(Publication.class, this, properties);
        synchronized (this) {
            if (stopped) {
                ready.unregister();
            } else {
                registration = ready;
            }
        }
        withdrawStarting(); // the API has its own context at /api now
    }

    private synchronized void withdrawStarting() {
        if (starting != null) {
            starting.unregister();
            starting = null;
        }
    }

    @Deactivate
    void stop() {
        context.removeServiceListener(listener);
        grace.shutdownNow();
        synchronized (this) {
            stopped = true;
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
        }
        withdrawStarting();
    }
}
