package org.zhicheng.api.screen;

import java.util.Locale;

/**
 * A screen that a bundle adds to the web UI, published as an OSGi service (whiteboard pattern).
 * The ui bundle registers {@link #viewClass()} as a route under the main layout while the service is
 * present and removes it when the service goes. Kept free of Vaadin types so that the API bundle does
 * not depend on the UI toolkit; the view class must be a Vaadin {@code Component}.
 */
public interface ScreenContribution {

    /** Route path relative to the application root, e.g. {@code series/engineering}. */
    String route();

    /** Menu label in the given locale (zh_CN is the default). */
    String title(Locale locale);

    /** A Vaadin {@code com.vaadin.flow.component.Component} subclass with a public no-arg constructor. */
    Class<?> viewClass();

    /** Position in the navigation; lower first. */
    default int order() {
        return 100;
    }
}
