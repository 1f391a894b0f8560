package org.zhicheng.ui.internal.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.notify.ContactSettings;
import org.zhicheng.api.notify.Notification;
import org.zhicheng.api.notify.NotificationService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.StartPages;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.FileLinks;
import org.zhicheng.ui.internal.views.Labels;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * 消息: the signed-in person's messages, newest first; opening one marks it read and opens its file on the role's own
 * page ({@code ?file=<id>}). Below, 接收方式: where email and SMS copies go.
 */
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "messages";
    /** The query parameter a role's page reads to open one file. */
    public static final String FILE_PARAMETER = FileLinks.FILE_PARAMETER;
    private static final int PAGE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient NotificationService notifications;
    private final Actor actor;
    private final VerticalLayout list = new VerticalLayout();
    private final Button more = new Button();
    private int shown;

    public MessagesView(NotificationService notifications) {
        this.notifications = notifications;
        this.actor = CurrentUser.require();
        setId("messages-view");
        setMaxWidth("60em");
        Button readAll = new Button(getTranslation("messages.readAll"), click -> {
            notifications.markAllRead(actor);
            reload();
        });
        readAll.setId("messages-read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("messages.heading")), readAll);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.getStyle().set("flex-wrap", "wrap");
        list.setId("messages-list");
        list.setPadding(false);
        list.setSpacing(false);
        more.setText(getTranslation("messages.more"));
        more.setId("messages-more");
        more.addClickListener(click -> showMore());
        add(heading, list, more, contactSettings());
        reload();
    }

    private void reload() {
        list.removeAll();
        shown = 0;
        showMore();
        NotificationBell.unreadChanged(UI.getCurrent());
    }

    private void showMore() {
        List<Notification> page = notifications.mine(actor, shown, PAGE, getLocale());
        page.forEach(n -> list.add(card(n)));
        shown += page.size();
        more.setVisible(page.size() == PAGE);
        if (shown == 0) {
            Paragraph none = new Paragraph(getTranslation("messages.none"));
            none.setId("messages-none");
            list.add(none);
        }
    }

    private Div card(Notification n) {
        Div card = new Div();
        card.addClassName("message-card");
        card.getElement().setAttribute("data-read", Boolean.toString(n.read()));
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getStyle().set("width", "100%").set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("cursor", "pointer")
                .set("background", n.read() ? "transparent" : "var(--lumo-primary-color-10pct)");
        Span title = new Span(n.title());
        title.addClassName("message-title");
        title.getStyle().set("font-weight", n.read() ? "normal" : "600").set("display", "block");
        Paragraph body = new Paragraph(n.body());
        body.getStyle().set("margin", "var(--lumo-space-xs) 0").set("overflow-wrap", "anywhere");
        // the platform's date the act counted on (the rules' today), as the file's history shows it
        Span meta = new Span((n.platformDate() == null ? WHEN.format(n.created()) : Labels.platformDate(n.platformDate()))
                + (n.fileNumber() == null ? ""
                : " · " + getTranslation("messages.file", n.fileNumber()))
                + (n.read() ? "" : " · " + getTranslation("messages.unread")));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(title, body, meta);
        card.addClickListener(click -> open(n));
        card.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
        return card;
    }

    /** Marks it read and opens its file on the role's own page; a message about no file just turns read. */
    private void open(Notification n) {
        if (!n.read()) {
            notifications.markRead(n.id(), actor, getLocale());
        }
        if (n.applicationId() == null) {
            reload();
            return;
        }
        UI ui = UI.getCurrent();
        NotificationBell.unreadChanged(ui);
        ui.navigate(StartPages.of(actor.role()), QueryParameters.simple(Map.of(FILE_PARAMETER, n.applicationId().toString())));
    }

    /** 接收方式: email and mobile, checked by core; a refusal is marked on its field. */
    private Details contactSettings() {
        ContactSettings current = notifications.contact(actor);
        EmailField email = new EmailField(getTranslation("messages.email"));
        email.setId("contact-email");
        email.setValue(current.email() == null ? "" : current.email());
        email.setPlaceholder("name@example.com");
        email.setClearButtonVisible(true);
        TextField mobile = new TextField(getTranslation("messages.mobile"));
        mobile.setId("contact-mobile");
        mobile.setValue(current.mobile() == null ? "" : current.mobile());
        mobile.setPlaceholder("13912345678");
        mobile.setMaxLength(11);
        mobile.setHelperText(getTranslation("messages.mobile.hint"));
        Span saved = new Span();
        saved.setId("contact-saved");
        Button save = new Button(getTranslation("messages.contact.save"), click -> {
            FieldErrors.clear(email, mobile);
            saved.setText("");
            try {
                notifications.updateContact(new ContactSettings(email.getValue(), mobile.getValue()), actor);
                saved.setText(getTranslation("messages.contact.saved"));
                com.vaadin.flow.component.notification.Notification.show(getTranslation("messages.contact.saved"), 3000,
                        Position.BOTTOM_START);
            } catch (ZhichengException e) {
                String message = e.message(getLocale());
                if ("mobile".equals(e.field().orElse(null))) {
                    FieldErrors.mark(mobile, message);
                } else {
                    FieldErrors.mark(email, message);
                }
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // checked as the person leaves the field, with core's own rule on save
        mobile.addBlurListener(blur -> {
            String value = mobile.getValue().trim();
            if (!value.isEmpty() && !value.matches("1[3-9]\\d{9}")) {
                FieldErrors.mark(mobile, getTranslation("messages.mobile.invalid"));
            } else {
                mobile.setInvalid(false);
            }
        });
        email.setErrorMessage(getTranslation("messages.email.invalid"));
        FlexLayout fields = new FlexLayout(email, mobile);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("messages.contact.intro")), fields,
                new HorizontalLayout(save, saved));
        form.setPadding(false);
        Details details = new Details(getTranslation("messages.contact"), form);
        details.setId("contact-settings");
        details.setOpened(current.email() == null && current.mobile() == null);
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.heading") + " - " + getTranslation("app.title");
    }
}
