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
    private Component shown;
    private boolean reverting;

    public LazyTabs(String id) {
        setPadding(false);
        tabs.setId(id);
        tabs.setWidthFull();
        content.setWidthFull();
        tabs.addSelectedChangeListener(event -> {
            if (reverting) {
                return;
            }
            // a part with unsaved changes is asked before it is left (see UnsavedChanges)
            if (shown instanceof UnsavedChanges changes && changes.hasUnsavedChanges() && event.getPreviousTab() != null) {
                Tab wanted = event.getSelectedTab();
                reverting = true;
                tabs.setSelectedTab(event.getPreviousTab());
                reverting = false;
                LeaveConfirmation.ask(changes, () -> select(wanted));
                return;
            }
            show(event.getSelectedTab());
        });
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
        shown = null;
        Supplier<Component> part = parts.get(tab);
        if (part != null) {
            shown = part.get();
            content.add(shown);
        }
    }

    private void select(Tab tab) {
        reverting = true;
        tabs.setSelectedTab(tab);
        reverting = false;
        show(tab);
    }

    /** Opens the part whose tab has this id (asking first if the shown part has unsaved changes); answers the part. */
    public void open(String tabId, java.util.function.Consumer<Component> then) {
        parts.keySet().stream().filter(tab -> tabId.equals(tab.getId().orElse(null))).findFirst().ifPresent(tab ->
                LeaveConfirmation.ask(shown instanceof UnsavedChanges changes ? changes : null, () -> {
                    if (tabs.getSelectedTab() != tab) {
                        select(tab);
                    }
                    then.accept(shown);
                }));
    }

    /** The part shown now. */
    public Component shown() {
        return shown;
    }
}
