package org.zhicheng.ui.internal.file;

import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.FieldErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.zhicheng.api.payment.FeeTransfer;
import org.zhicheng.api.payment.PaymentDetails;
import com.vaadin.flow.component.html.Div;

/**
 * The evaluation fee: paid by the applicant once the material is received, or recorded by the bureau that
 * received it; the amount is the file's, from core.
 */
public class FeePaymentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Core's payment details, found in the service registry (none outside OSGi, e.g. in unit tests). */
    private static Optional<PaymentDetails> paymentDetails() {
        Bundle bundle = FrameworkUtil.getBundle(FeePaymentDialog.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<PaymentDetails> reference = context == null ? null : context.getServiceReference(PaymentDetails.class);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }

    public FeePaymentDialog(ApplicationService applications, Application file, Actor actor, LocalDate today, Runnable done) {
        setHeaderTitle(getTranslation("pay.heading"));
        int fee = applications.feeFor(file.id(), actor);
        Select<FeePayment.Method> method = new Select<>();
        method.setLabel(getTranslation("pay.method"));
        method.setItems(FeePayment.Method.values());
        method.setItemLabelGenerator(m -> getTranslation("pay.method." + m.name()));
        method.setValue(FeePayment.Method.QR_CODE);
        TextField reference = new TextField(getTranslation("pay.reference"));
        reference.setMaxLength(TextLimits.REFERENCE);
        reference.setId("pay-reference");
        DatePicker paidOn = org.zhicheng.ui.internal.views.IsoDates.picker(getTranslation("pay.paidOn")); // as the applicant types it
        paidOn.setValue(today);
        Button confirm = new Button(getTranslation("pay.confirm"), click -> {
            if (FieldErrors.attempt(() -> applications.recordFeePayment(file.id(), file.version(), new FeePayment(file.id(), fee,
                    method.getValue(), reference.getValue(), paidOn.getValue(), actor.username()), actor),
                    java.util.Map.of("reference", reference, "feeReference", reference))) {
                close();
                Notices.info(getTranslation("pay.done"));
                done.run();
            }
        });
        confirm.setId("pay-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div payTo = new Div();
        payTo.setId("pay-to");
        // where to pay, and for 扫码缴费 a QR code with the payee, the amount and the file's reference
        Optional<FeeTransfer> transfer = paymentDetails().map(details -> details.feeTransfer(file.id(), actor));
        Runnable showPayee = () -> {
            payTo.removeAll();
            transfer.ifPresent(t -> {
                Paragraph payee = new Paragraph(getTranslation("pay.payee", t.payee().name(), t.payee().bank(),
                        t.payee().account(), t.reference()));
                payee.setId("pay-payee");
                payTo.add(payee);
                if (method.getValue() == FeePayment.Method.QR_CODE) {
                    payTo.add(QrCode.of(t.qrText(), 180, "pay-qr", getTranslation("pay.qrAlt")), new Paragraph(getTranslation("pay.qrHint")));
                }
            });
        };
        method.addValueChangeListener(event -> showPayee.run());
        showPayee.run();
        add(new Paragraph(getTranslation("pay.amount", fee)), payTo, new FormLayout(method, reference, paidOn));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
