package org.zhicheng.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * Parts of a page as tabs; a part is built when its tab is opened, so a long page stays quick and fits a phone. On a
 * phone (zhicheng.css, below 600 px) a select with the same labels takes the tabs' place, so that no part hides behind
 * the tab strip's scroll arrows. The open part is in the address ({@code ?<id>=<part>}), so a link can open it.
 * The select is built only once the window is known to be that narrow (issue 16: a desktop session does not hold it).
 */
public class LazyTabs extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final String TAB_PREFIX = "tab-";
    /** Per UI: the navigation whose {@code ?<id>=} each tab set has followed. */
    private static final String FOLLOWED_LINKS = LazyTabs.class.getName() + ".followed";

    private final String id;
    private final Tabs tabs = new Tabs();
    /** The phone's twin of the strip; null until a window as narrow as a phone is reported (see {@link PhoneWidth}). */
    private Select<Tab> select;
    private final List<Tab> order = new ArrayList<>();
    /** The tabs' labels: a tab shows its label as markup, not as a server-side text node (issue 16). */
    private final Map<Tab, String> labels = new HashMap<>();
    private final Div content = new Div();
    private final Map<Tab, Supplier<Component>> parts = new LinkedHashMap<>();
    private Tab shownTab;
    private Component shown;
    private boolean reverting;

    public LazyTabs(String id) {
        this.id = id;
        setPadding(false);
        addClassName("lazy-tabs");
        tabs.setId(id);
        tabs.setWidthFull();
        tabs.addClassName("lazy-tabs-strip");
        content.setWidthFull();
        tabs.addSelectedChangeListener(event -> {
            if (!reverting && event.getSelectedTab() != null && event.getSelectedTab() != shownTab) {
                request(event.getSelectedTab(), event.isFromClient());
            }
        });
        add(tabs, content);
        PhoneWidth.follow(this, narrow -> {
            if (narrow && select == null) {
                addComponentAtIndex(1, phoneSelect());
            }
        });
    }

    /** The strip's labels as a select, in the strip's place on a phone (kept once built: CSS hides it on a wide window). */
    private Select<Tab> phoneSelect() {
        select = new Select<>();
        select.setId(id + "-select");
        select.addClassName("lazy-tabs-select");
        select.setItemLabelGenerator(labels::get);
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && event.getValue() != shownTab) {
                request(event.getValue(), true);
            }
        });
        fillSelect();
        return select;
    }

    private void fillSelect() {
        select.setItems(order);
        select.setLabel(getTranslation("tabs.choose", order.size())); // how many parts the phone's select holds
        select.setValue(shownTab);
    }

    /** Adds a part; the first one added is shown at once. */
    public LazyTabs part(String id, String label, Supplier<Component> part) {
        Tab tab = new Tab();
        new StaticMarkup().text(label).show(tab);
        labels.put(tab, label);
        tab.setId(id);
        parts.put(tab, part);
        order.add(tab);
        tabs.add(tab);
        if (shownTab == null) {
            show(tab);
        }
        if (select != null) {
            fillSelect();
        }
        return this;
    }

    /** A link opened with {@code ?<id>=<part>} opens that part, once per page, not again when the tabs are rebuilt. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        Location location = ui.getInternals().getActiveViewLocation();
        @SuppressWarnings("unchecked")
        Map<String, Location> followed = (Map<String, Location>) ComponentUtil.getData(ui, FOLLOWED_LINKS);
        if (followed == null) {
            followed = new HashMap<>();
            ComponentUtil.setData(ui, FOLLOWED_LINKS, followed);
        }
        if (followed.put(id, location) == location) {
            return; // this navigation's link was followed by an earlier instance: the user has moved on since
        }
        List<String> asked = location.getQueryParameters().getParameters().getOrDefault(id, List.of());
        if (!asked.isEmpty()) {
            String part = TAB_PREFIX + asked.get(0);
            order.stream().filter(tab -> tab.getId().filter(part::equals).isPresent()).findFirst().ifPresent(tabs::setSelectedTab);
        }
    }

    /** A part with unsaved changes is asked before it is left (see UnsavedChanges). */
    private void request(Tab wanted, boolean fromClient) {
        if (shown instanceof UnsavedChanges changes && changes.hasUnsavedChanges() && shownTab != null) {
            reverting = true;
            tabs.setSelectedTab(shownTab);
            if (select != null) {
                select.setValue(shownTab);
            }
            reverting = false;
            LeaveConfirmation.ask(changes, () -> {
                select(wanted);
                remember(wanted);
            });
            return;
        }
        select(wanted);
        if (fromClient) {
            remember(wanted);
        }
    }

    private void show(Tab tab) {
        shownTab = tab;
        content.removeAll();
        shown = null;
        Supplier<Component> part = parts.get(tab);
        if (part != null) {
            Component built = part.get();
            ResponsiveGrid.fitAll(built);
            shown = built;
            content.add(built);
        }
        if (select != null) {
            select.setValue(tab);
        }
    }

    private void select(Tab tab) {
        reverting = true;
        tabs.setSelectedTab(tab);
        reverting = false;
        show(tab);
    }

    /** The open part into the address bar, without a navigation, keeping the page's other parameters. */
    private void remember(Tab tab) {
        getUI().ifPresent(ui -> {
            Location location = ui.getInternals().getActiveViewLocation();
            Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
            String part = tab.getId().orElse("");
            parameters.put(id, List.of(part.startsWith(TAB_PREFIX) ? part.substring(TAB_PREFIX.length()) : part));
            ui.getPage().getHistory().replaceState(null, new Location(location.getPath(), new QueryParameters(parameters)));
        });
    }

    /** Opens the part whose tab has this id (asking first if the shown part has unsaved changes); answers the part. */
    public void open(String tabId, java.util.function.Consumer<Component> then) {
        parts.keySet().stream().filter(tab -> tabId.equals(tab.getId().orElse(null))).findFirst().ifPresent(tab ->
                LeaveConfirmation.ask(shown instanceof UnsavedChanges changes ? changes : null, () -> {
                    if (shownTab != tab) {
                        select(tab);
                        remember(tab);
                    }
                    then.accept(shown);
                }));
    }

    /** The part shown now. */
    public Component shown() {
        return shown;
    }
}
