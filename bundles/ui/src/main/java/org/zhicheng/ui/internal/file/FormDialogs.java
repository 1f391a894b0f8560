package org.zhicheng.ui.internal.file;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The reviewers' record dialogs laid out alike: a note, the form, cancel and save; as wide as a phone allows. */
final class FormDialogs {

    private FormDialogs() {
    }

    /** {@code idPrefix}: the dialog's ids start with it ({@code <prefix>-cancel}). */
    static void lay(Dialog dialog, String note, FormLayout form, Button save, String idPrefix) {
        Div content = new Div(new Paragraph(note), form);
        content.setWidth("min(34em, 80vw)");
        dialog.add(content);
        Button cancel = new Button(dialog.getTranslation("common.cancel"), click -> dialog.close());
        cancel.setId(idPrefix + "-cancel");
        dialog.getFooter().add(cancel, save);
    }
}
