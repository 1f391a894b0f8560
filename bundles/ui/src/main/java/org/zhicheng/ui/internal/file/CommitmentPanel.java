package org.zhicheng.ui.internal.file;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.zhicheng.api.file.Commitment;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The personal commitment (Annex 3): its wording from the notice, signed by the applicant before submitting; falsified
 * material means refusal or revocation and three years' bar.
 */
public class CommitmentPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient FileContentService content;
    private final long applicationId;
    private final transient Actor actor;
    private final Div state = new Div();

    public CommitmentPanel(FileContentService content, long applicationId, Actor actor, boolean editable) {
        this.content = content;
        this.applicationId = applicationId;
        this.actor = actor;
        setId("commitment-panel");
        setPadding(false);
        Paragraph text = new Paragraph(content.commitmentText());
        text.setId("commitment-text");
        text.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        state.setId("commitment-state");
        if (ZhichengTranslations.rightToLeft(getLocale())) {
            // issue 19: a Uyghur reading of Annex 3; what is signed and kept is the Chinese text, one click away
            Paragraph reading = new Paragraph(getTranslation("commitment.translation"));
            reading.setId("commitment-translation");
            reading.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            Details original = new Details(getTranslation("commitment.original"), text);
            original.setId("commitment-original");
            add(new H4(getTranslation("commitment.heading")), reading, original, state);
        } else {
            add(new H4(getTranslation("commitment.heading")), text, state);
        }
        if (editable) {
            Checkbox agree = new Checkbox(getTranslation("commitment.agree"));
            agree.setId("commitment-agree");
            Button sign = new Button(getTranslation("commitment.sign"), click -> {
                if (!agree.getValue()) {
                    Notices.error(getTranslation("commitment.agreeFirst"));
                    return;
                }
                if (Notices.attempt(() -> content.signCommitment(applicationId, actor))) {
                    Notices.info(getTranslation("commitment.signed"));
                    refresh();
                }
            });
            sign.setId("commitment-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(agree, sign);
        }
        refresh();
    }

    private void refresh() {
        state.removeAll();
        Optional<Commitment> signed = content.commitment(applicationId, actor);
        Paragraph line = new Paragraph(signed.map(c -> getTranslation("commitment.signedBy",
                // the person's name, not the account's user name, for the applicant and the reviewers alike
                c.signerName(), WHEN.format(c.signedAt())))
                .orElse(getTranslation("commitment.unsigned")));
        line.getStyle().set("color", signed.isPresent() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        state.add(line);
    }
}
