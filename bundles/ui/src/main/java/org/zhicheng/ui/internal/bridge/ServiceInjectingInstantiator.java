package org.zhicheng.ui.internal.bridge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * Creates views and layouts with constructor injection of OSGi services, so that a screen (of the ui
 * bundle or of a series plugin) declares what it needs the way a DS component does. Each service is
 * looked up through the bundle that owns the view, so class spaces always agree.
 */
final class ServiceInjectingInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;
    /** How long a view waits for a service that is about to come, e.g. right after a restart. */
    private static final long SERVICE_WAIT_MILLIS = 5_000;

    private final transient I18NProvider i18n;
    private final transient Map<String, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    ServiceInjectingInstantiator(VaadinService service, I18NProvider i18n) {
        super(service);
        this.i18n = i18n;
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElse(null);
        if (constructor == null || constructor.getParameterCount() == 0) {
            return super.getOrCreate(type);
        }
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(parameter -> service(type, parameter)).toArray();
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private Object service(Class<?> owner, Class<?> serviceType) {
        Bundle bundle = FrameworkUtil.getBundle(owner);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException(owner.getName() + " does not belong to a running bundle");
        }
        String key = bundle.getBundleId() + ":" + serviceType.getName();
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(key, k -> {
            ServiceTracker<?, ?> created = new ServiceTracker<>(context, serviceType.getName(), null);
            created.open();
            return created;
        });
        try {
            Object found = tracker.waitForService(SERVICE_WAIT_MILLIS);
            if (found == null) {
                throw new IllegalStateException("Service " + serviceType.getName() + " needed by "
                        + owner.getName() + " is not available");
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + serviceType.getName(), e);
        }
    }

    /** Called when the servlet goes away, and when a plugin bundle stops (its trackers would be stale). */
    void forget(long bundleId) {
        trackers.entrySet().removeIf(entry -> {
            if (entry.getKey().startsWith(bundleId + ":")) {
                entry.getValue().close();
                return true;
            }
            return false;
        });
    }

    void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
