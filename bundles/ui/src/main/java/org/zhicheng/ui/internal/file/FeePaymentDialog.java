package org.zhicheng.ui.internal.file;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;

/**
 * The evaluation fee: paid by the applicant once the material is received, or recorded by the bureau that
 * received it; the amount is the file's, from core.
 */
public class FeePaymentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public FeePaymentDialog(ApplicationService applications, Application file, Actor actor, LocalDate today, Runnable done) {
        setHeaderTitle(getTranslation("pay.heading"));
        int fee = applications.feeFor(file.id(), actor);
        Select<FeePayment.Method> method = new Select<>();
        method.setLabel(getTranslation("pay.method"));
        method.setItems(FeePayment.Method.values());
        method.setItemLabelGenerator(m -> getTranslation("pay.method." + m.name()));
        method.setValue(FeePayment.Method.QR_CODE);
        TextField reference = new TextField(getTranslation("pay.reference"));
        reference.setId("pay-reference");
        DatePicker paidOn = org.zhicheng.ui.internal.views.IsoDates.picker(getTranslation("pay.paidOn")); // as the applicant types it
        paidOn.setValue(today);
        Button confirm = new Button(getTranslation("pay.confirm"), click -> {
            if (Notices.attempt(() -> applications.recordFeePayment(file.id(), file.version(), new FeePayment(file.id(), fee,
                    method.getValue(), reference.getValue(), paidOn.getValue(), actor.username()), actor))) {
                close();
                Notices.info(getTranslation("pay.done"));
                done.run();
            }
        });
        confirm.setId("pay-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("pay.amount", fee)), new FormLayout(method, reference, paidOn));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
