package org.zhicheng.ui.internal.views;

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
