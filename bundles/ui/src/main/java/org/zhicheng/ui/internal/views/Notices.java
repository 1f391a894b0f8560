package org.zhicheng.ui.internal.views;

import java.util.Optional;
import java.util.function.Supplier;

import org.zhicheng.api.service.ZhichengException;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages to the user: a refusal in Chinese (the service's own words), or a confirmation. */
public final class Notices {

    private static final int SHOW_MILLIS = 6_000;

    private Notices() {
    }

    public static void info(String text) {
        Notification notification = Notification.show(text, SHOW_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The service's Chinese message, or its English one for a user who switched to English. */
    public static void refused(ZhichengException refusal) {
        error(message(refusal));
    }

    /**
     * The refusal's message in the user's language, as the refusal catalogue worded it (api's {@code Refusal}): Chinese,
     * or English for a user who switched to it.
     */
    public static String message(ZhichengException refusal) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        // a record's own check travels as "中文 / English": only the user's language is shown
        return FieldErrors.inLanguage(refusal.message(ui == null ? null : ui.getLocale()));
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, SHOW_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notice");
    }

    /** Runs a service call; a refusal is shown, never thrown at the user as a stack trace. */
    public static boolean attempt(Runnable call) {
        return outcome(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A service call's answer, or empty after showing its refusal. */
    public static <T> Optional<T> outcome(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (ZhichengException refusal) {
            refused(refusal);
        } catch (IllegalArgumentException invalid) {
            error(FieldErrors.inLanguage(invalid.getMessage()));
        }
        return Optional.empty();
    }
}
