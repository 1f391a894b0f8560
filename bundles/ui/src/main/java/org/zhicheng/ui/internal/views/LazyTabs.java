package org.zhicheng.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Parts of a page as tabs; a part is built when its tab is opened, so a long page stays quick and fits a phone. */
public class LazyTabs extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private final Map<Tab, Supplier<Component>> parts = new LinkedHashMap<>();

    public LazyTabs(String id) {
        setPadding(false);
        tabs.setId(id);
        tabs.setWidthFull();
        content.setWidthFull();
        tabs.addSelectedChangeListener(event -> show(event.getSelectedTab()));
        add(tabs, content);
    }

    /** Adds a part; the first one added is shown at once. */
    public LazyTabs part(String id, String label, Supplier<Component> part) {
        Tab tab = new Tab(label);
        tab.setId(id);
        parts.put(tab, part);
        tabs.add(tab);
        if (parts.size() == 1) {
            show(tab);
        }
        return this;
    }

    private void show(Tab tab) {
        content.removeAll();
        Supplier<Component> part = parts.get(tab);
        if (part != null) {
            content.add(part.get());
        }
    }
}
