package org.zhicheng.ui.internal.views;

import java.util.Map;

import org.zhicheng.api.service.ZhichengException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

/** A refused value marked on its field, in the user's language (the records' messages are "中文 / English"). */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(inLanguage(message));
        field.setInvalid(true);
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }

    /**
     * Runs a service call; a refusal naming one of these fields (its {@code field}, e.g. a text over its column's
     * length, issue 15) is shown on that field, any other as a notice. True when the call went through.
     */
    public static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            call.run();
            return true;
        } catch (ZhichengException refusal) {
            HasValidation field = refusal.field().map(fields::get).orElse(null);
            if (field == null) {
                Notices.refused(refusal);
            } else {
                mark(field, Notices.message(refusal));
            }
        } catch (IllegalArgumentException invalid) {
            Notices.error(inLanguage(invalid.getMessage()));
        }
        return false;
    }

    /** The Chinese half of a bilingual message, or the English half for a user who switched to English. */
    public static String inLanguage(String message) {
        if (message == null) {
            return "";
        }
        int slash = message.indexOf(" / ");
        if (slash < 0) {
            return message;
        }
        UI ui = UI.getCurrent();
        boolean english = ui != null && "en".equals(ui.getLocale().getLanguage());
        return english ? message.substring(slash + 3) : message.substring(0, slash);
    }
}
