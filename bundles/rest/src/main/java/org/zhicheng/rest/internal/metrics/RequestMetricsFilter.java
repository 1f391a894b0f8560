package org.zhicheng.rest.internal.metrics;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Times every REST call for {@link Metrics}: the endpoint is the resource class and method that answered (a bounded
 * set, unlike paths with ids), {@code unmatched} for a path no resource has.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@Provider
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestMetricsFilter.class.getName() + ".started";

    private final Metrics metrics;

    @Context
    private ResourceInfo resource;

    @Activate
    public RequestMetricsFilter(@Reference Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long)) {
            return;
        }
        metrics.requests(endpoint(), request.getMethod(), response.getStatus())
                .record(System.nanoTime() - (Long) started, TimeUnit.NANOSECONDS);
    }

    private String endpoint() {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return method == null || type == null ? "unmatched" : type.getSimpleName() + "." + method.getName();
    }
}
