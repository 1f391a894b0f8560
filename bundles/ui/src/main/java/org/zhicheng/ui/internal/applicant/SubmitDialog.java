package org.zhicheng.ui.internal.applicant;

import java.util.function.Consumer;

import org.zhicheng.api.progress.FileProgress;
import org.zhicheng.api.progress.MissingItem;
import org.zhicheng.api.series.Series;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Before submitting: an incomplete file shows what is missing as links to where it is filled; a complete
 * one says what will happen (who receives it, that it is locked unless returned, the submissions left, R-14, R-20) and
 * submits only on confirmation.
 */
final class SubmitDialog {

    private SubmitDialog() {
    }

    static void open(FileProgress progress, String employer, int publicityDays, int maxSubmissions, Runnable submit,
                     Consumer<MissingItem> goTo, Series series) {
        Dialog dialog = new Dialog();
        Div content = new Div();
        content.setWidth("min(32em, 80vw)");
        dialog.add(content);
        Button cancel = new Button(dialog.getTranslation("common.cancel"), click -> dialog.close());
        cancel.setId("submit-cancel");
        if (!progress.blocking().isEmpty()) {
            dialog.setId("missing-dialog");
            dialog.setHeaderTitle(dialog.getTranslation("submit.incomplete.heading"));
            content.add(new Paragraph(dialog.getTranslation("submit.incomplete.intro")),
                    FileDashboard.MissingList.of(progress.blocking(), item -> {
                        dialog.close();
                        goTo.accept(item);
                    }, dialog, series));
            cancel.setText(dialog.getTranslation("common.close"));
            dialog.getFooter().add(cancel);
            dialog.open();
            return;
        }
        dialog.setId("submit-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("submit.heading"));
        int made = progress.submissionsMade() + 1;
        content.add(new Paragraph(dialog.getTranslation("submit.to", employer, publicityDays)),
                new Paragraph(dialog.getTranslation("submit.locked")),
                new Paragraph(dialog.getTranslation("submit.count", made, Math.max(0, maxSubmissions - made), maxSubmissions)));
        Button confirm = new Button(dialog.getTranslation("submit.confirm"), click -> {
            dialog.close();
            submit.run();
        });
        confirm.setId("submit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
