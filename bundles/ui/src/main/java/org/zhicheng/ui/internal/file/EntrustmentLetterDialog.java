package org.zhicheng.ui.internal.file;

import org.zhicheng.api.domain.TextLimits;
import java.util.Optional;
import java.util.function.Consumer;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The reviewing bureau records the entrustment letter (委托评审函) the same-level HR bureau issued for a channel B file
 * core refuses a missing issuer or number, another channel, or a stale version, in its own words.
 */
public class EntrustmentLetterDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public EntrustmentLetterDialog(ApplicationService applications, Application file, Optional<EntrustmentLetter> current,
                                   Actor actor, Consumer<Application> recorded) {
        setHeaderTitle(getTranslation("entrustment.heading"));
        TextField issuedBy = new TextField(getTranslation("entrustment.issuedBy"));
        issuedBy.setId("entrustment-issued-by");
        TextField number = new TextField(getTranslation("entrustment.number"));
        issuedBy.setMaxLength(TextLimits.REFERENCE);
        number.setMaxLength(TextLimits.REFERENCE);
        number.setId("entrustment-number");
        current.ifPresent(letter -> {
            issuedBy.setValue(letter.issuedBy());
            number.setValue(letter.letterNumber());
        });
        Button save = new Button(getTranslation("entrustment.save"), click -> {
            Notices.outcome(() -> applications.recordEntrustmentLetter(file.id(), file.version(), actor,
                    issuedBy.getValue(), number.getValue())).ifPresent(updated -> {
                        close();
                        Notices.info(getTranslation("entrustment.saved"));
                        recorded.accept(updated);
                    });
        });
        save.setId("entrustment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(issuedBy, number);
        // one column: a bureau's full name is long (阿克苏地区人力资源和社会保障局)
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormDialogs.lay(this, getTranslation("entrustment.note"), form, save, "entrustment");
    }
}
