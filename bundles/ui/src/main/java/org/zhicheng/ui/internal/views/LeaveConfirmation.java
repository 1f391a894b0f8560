package org.zhicheng.ui.internal.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before leaving unsaved changes: save and leave, leave without saving, or stay. Also keeps the browser's own
 * warning (beforeunload) armed while a page holds unsaved changes, for closing or reloading the browser tab.
 */
public final class LeaveConfirmation {

    private LeaveConfirmation() {
    }

    /** Runs {@code leave} at once when nothing is unsaved, else after the user chose to save or to discard. */
    public static void ask(UnsavedChanges changes, Runnable leave) {
        if (changes == null || !changes.hasUnsavedChanges()) {
            leave.run();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("leave-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("leave.heading"));
        Paragraph text = new Paragraph(dialog.getTranslation("leave.text"));
        text.setMaxWidth("min(30em, 80vw)");
        dialog.add(text);
        Button stay = new Button(dialog.getTranslation("leave.stay"), click -> dialog.close());
        stay.setId("leave-stay");
        Button discard = new Button(dialog.getTranslation("leave.discard"), click -> {
            dialog.close();
            changes.discardChanges();
            leave.run();
        });
        discard.setId("leave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button save = new Button(dialog.getTranslation("leave.save"), click -> {
            if (changes.saveAll()) {
                dialog.close();
                leave.run();
            } else {
                dialog.close(); // the refused value is marked on its field: the user stays to correct it
            }
        });
        save.setId("leave-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(stay, discard, save);
        dialog.open();
    }

    /** Arms or disarms the browser's "leave this page?" question for closing or reloading the tab. */
    public static void browserWarning(UI ui, boolean armed) {
        if (ui != null) {
            ui.getPage().executeJs("window.zhichengUnsaved = $0;"
                    + "if (!window.zhichengUnloadGuard) { window.zhichengUnloadGuard = true;"
                    + " window.addEventListener('beforeunload', function (e) {"
                    + "  if (window.zhichengUnsaved) { e.preventDefault(); e.returnValue = ''; return ''; } }); }", armed);
        }
    }
}
