package org.zhicheng.rest.internal.metrics;

import javax.servlet.http.HttpSessionEvent;
import javax.servlet.http.HttpSessionListener;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardListener;

/** Counts the HTTP sessions of the default context, where the Vaadin UI runs, for {@link Metrics}. */
@Component(service = HttpSessionListener.class)
@HttpWhiteboardListener
public class SessionCounter implements HttpSessionListener {

    private final Metrics metrics;

    @Activate
    public SessionCounter(@Reference Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        metrics.sessionCreated();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        metrics.sessionDestroyed();
    }
}
