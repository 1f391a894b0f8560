package org.zhicheng.ui.internal.session;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Pages replaced by a full load (after a login, a registration, a language switch). Flow 23's client does not tell the
 * server that its page was left, so the old page's UI, with every component of it, would stay in the session until
 * the session ends (issue 16: the login page's UI was part of every applicant's session). It is closed when the next
 * page of the session starts: that page's UI is created by the new document's first request, so the old document is
 * gone by then and nothing of it can still call the server.
 */
public final class LeftPages {

    private static final String LEFT = LeftPages.class.getName() + ".left";

    private LeftPages() {
    }

    /** Loads {@code location} in place of this UI's page; the UI is closed once the session's next page starts. */
    public static void load(UI ui, String location) {
        ComponentUtil.setData(ui, LEFT, Boolean.TRUE);
        ui.getPage().setLocation(location);
    }

    /** Reloads this UI's page; the UI is closed once the session's next page starts. */
    public static void reload(UI ui) {
        ComponentUtil.setData(ui, LEFT, Boolean.TRUE);
        ui.getPage().reload();
    }

    /** A new page of the session has started: the pages left for a full load are closed (Flow removes them after this request). */
    public static void closeLeftFor(UI started) {
        VaadinSession session = started.getSession();
        if (session == null) {
            return;
        }
        session.getUIs().stream()
                .filter(ui -> ui != started && !ui.isClosing() && Boolean.TRUE.equals(ComponentUtil.getData(ui, LEFT)))
                .toList().forEach(UI::close);
    }
}
