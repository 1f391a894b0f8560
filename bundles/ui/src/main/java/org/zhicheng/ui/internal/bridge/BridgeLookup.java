package org.zhicheng.ui.internal.bridge;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.router.DefaultRoutePathProvider;
import com.vaadin.flow.router.RoutePathProvider;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.startup.AppShellPredicate;
import com.vaadin.flow.server.startup.ApplicationConfigurationFactory;
import com.vaadin.flow.server.startup.DefaultApplicationConfigurationFactory;

/**
 * The services Flow looks up at start-up. In a servlet container Flow's own servlet-container
 * initializers fill its Lookup by class-path scanning; OSGi has no such scan, so the bridge names each
 * service outright.
 */
final class BridgeLookup implements Lookup {

    private final Map<Class<?>, Object> services;

    BridgeLookup(ResourceProvider resources) {
        AppShellPredicate shellPredicate = AppShellConfigurator.class::isAssignableFrom;
        StaticFileHandlerFactory staticFiles = StaticFileServer::new;
        services = Map.of(
                ResourceProvider.class, resources,
                AppShellPredicate.class, shellPredicate,
                ApplicationConfigurationFactory.class, new DefaultApplicationConfigurationFactory(),
                StaticFileHandlerFactory.class, staticFiles,
                RoutePathProvider.class, new DefaultRoutePathProvider());
    }

    @Override
    public <T> T lookup(Class<T> serviceClass) {
        return serviceClass.cast(services.get(serviceClass));
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> serviceClass) {
        T service = lookup(serviceClass);
        return service == null ? List.of() : List.of(service);
    }
}
