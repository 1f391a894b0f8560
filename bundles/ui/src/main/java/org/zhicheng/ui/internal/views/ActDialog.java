package org.zhicheng.ui.internal.views;

import org.zhicheng.api.domain.TextLimits;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * An act confirmed before it is done: what will happen, in words, and the written opinion or reason the act needs
 * . The act runs on the confirm button; 取消 changes nothing. Ids: {@code <prefix>-dialog},
 * {@code -consequence}, {@code -text}, {@code -confirm}, {@code -cancel}.
 */
public final class ActDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Button confirm;

    /**
     * @param prompt the label of the text the act needs, or null for an act without text
     * @param act    does the act with the text (null without one); true when done, false after showing a refusal
     */
    public ActDialog(String idPrefix, String title, String consequence, String prompt, boolean danger,
                     Function<String, Boolean> act) {
        setHeaderTitle(title);
        setId(idPrefix + "-dialog");
        Paragraph what = new Paragraph(consequence);
        what.setId(idPrefix + "-consequence");
        Div content = new Div(what);
        content.setWidth("min(30em, 80vw)");
        TextArea text = new TextArea(prompt);
        if (prompt != null) {
            text.setId(idPrefix + "-text");
            text.setWidthFull();
            text.setRequired(true);
            text.setMaxLength(TextLimits.REASON); // issue 15: no longer than the shortest column it goes to
            content.add(text);
        }
        add(content);
        confirm = new Button(getTranslation("common.confirm"), click -> {
            if (prompt != null && text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("review.textRequired"));
                return;
            }
            if (prompt != null && text.getValue().length() > TextLimits.REASON) { // a client that ignored maxlength
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("common.tooLong", TextLimits.REASON));
                return;
            }
            if (act.apply(prompt == null ? null : text.getValue())) {
                close();
            }
        });
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, confirm);
    }

    /** The confirm button's words, when 确定 says too little (e.g. 确认提交评分). */
    public ActDialog confirming(String label) {
        confirm.setText(label);
        return this;
    }
}
