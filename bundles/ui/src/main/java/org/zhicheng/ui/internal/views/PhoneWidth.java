package org.zhicheng.ui.internal.views;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Whether the browser window is as narrow as a phone, followed while it is resized: one resize listener per UI, told to
 * every component that asked while it is attached. The breakpoint is zhicheng.css's {@code @media (max-width: 600px)}.
 */
public final class PhoneWidth implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Widest window still laid out as a phone, in CSS pixels. */
    public static final int BREAKPOINT = 600;

    private final List<SerializableConsumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private Boolean narrow;

    private PhoneWidth() {
    }

    /**
     * Calls {@code onChange} with whether the window is phone-narrow while {@code component} is attached: once when the
     * width is known, then whenever a resize crosses the breakpoint.
     */
    public static void follow(Component component, SerializableConsumer<Boolean> onChange) {
        Registration[] attached = new Registration[1];
        component.addAttachListener(event -> attached[0] = of(event.getUI()).listen(onChange));
        component.addDetachListener(event -> {
            if (attached[0] != null) {
                attached[0].remove();
                attached[0] = null;
            }
        });
        component.getUI().ifPresent(ui -> attached[0] = of(ui).listen(onChange));
    }

    private static PhoneWidth of(UI ui) {
        PhoneWidth width = ComponentUtil.getData(ui, PhoneWidth.class);
        if (width == null) {
            PhoneWidth created = new PhoneWidth();
            ComponentUtil.setData(ui, PhoneWidth.class, created);
            ui.getPage().addBrowserWindowResizeListener(event -> created.update(event.getWidth()));
            // sent with the UI's first request, so usually known at once, before the first paint
            ui.getPage().retrieveExtendedClientDetails(details -> created.update(details.getWindowInnerWidth()));
            width = created;
        }
        return width;
    }

    private Registration listen(SerializableConsumer<Boolean> onChange) {
        listeners.add(onChange);
        if (narrow != null) {
            onChange.accept(narrow);
        }
        return () -> listeners.remove(onChange);
    }

    private void update(int windowWidth) {
        if (windowWidth <= 0) {
            return; // not reported
        }
        boolean now = windowWidth <= BREAKPOINT;
        if (narrow == null || narrow != now) {
            narrow = now;
            listeners.forEach(listener -> listener.accept(now));
        }
    }
}
