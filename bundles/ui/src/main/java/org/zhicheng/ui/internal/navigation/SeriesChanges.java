package org.zhicheng.ui.internal.navigation;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.zhicheng.api.series.SeriesEvents;

import com.vaadin.flow.shared.Registration;

/** Relays core's catalog events to open pages, which then re-read the catalog. */
@Component(service = {SeriesChanges.class, EventHandler.class},
        property = {EventConstants.EVENT_TOPIC + "=" + SeriesEvents.ACCEPTING,
                EventConstants.EVENT_TOPIC + "=" + SeriesEvents.SUSPENDED})
public class SeriesChanges implements EventHandler {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();

    @Override
    public void handleEvent(Event event) {
        listeners.forEach(Runnable::run);
    }

    public Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
