package org.zhicheng.ui.internal.notify;

import org.zhicheng.api.notify.NotificationService;
import org.zhicheng.ui.internal.session.CurrentUser;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;

/** The bell in the title bar with the signed-in person's unread count; opens the message list (消息). */
public class NotificationBell extends Button implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final transient NotificationService notifications;
    private final Span count = new Span();
    private Registration listener;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        getElement().appendChild(count.getElement());
        // laid out in zhicheng.css (#notification-bell, #notification-count)
        addClickListener(click -> UI.getCurrent().navigate(MessagesView.class));
        setVisible(CurrentUser.get().isPresent());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
        listener = ComponentUtil.addListener(attachEvent.getUI(), UnreadChanged.class, event -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (listener != null) {
            listener.remove();
            listener = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the count again (after a navigation, or when the message list changed it). */
    public void refresh() {
        CurrentUser.get().ifPresentOrElse(actor -> {
            long unread = notifications.unreadCount(actor);
            count.setText(unread > 99 ? "99+" : Long.toString(unread));
            count.setVisible(unread > 0);
            String label = getTranslation("messages.bell", unread);
            getElement().setAttribute("aria-label", label);
            getElement().setAttribute("title", label);
            setVisible(true);
        }, () -> setVisible(false));
    }

    /** Tells the bell on this page that the unread count changed (a message read on the list). */
    static void unreadChanged(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }

    /** Fired on the UI when the signed-in person's unread count changed. */
    static final class UnreadChanged extends ComponentEvent<UI> {
        private static final long serialVersionUID = 1L;

        UnreadChanged(UI ui) {
            super(ui, false);
        }
    }
}
