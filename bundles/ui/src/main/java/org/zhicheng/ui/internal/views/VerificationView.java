package org.zhicheng.ui.internal.views;

import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.certificate.CertificateVerification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/** Public verification of an electronic certificate by its number and the holder's name; no login. */
public class VerificationView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "verify";

    private final transient CertificateService certificates;
    private final TextField number = new TextField();
    private final TextField name = new TextField();
    private final Div result = new Div();

    public VerificationView(CertificateService certificates) {
        this.certificates = certificates;
        setId("verification-view");
        number.setLabel(getTranslation("verify.number"));
        number.setId("verify-number");
        name.setLabel(getTranslation("verify.name"));
        name.setId("verify-name");
        Button check = new Button(getTranslation("verify.submit"), click -> verify());
        check.setId("verify-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(number, name, check);
        fields.setAlignItems(Alignment.BASELINE);
        fields.getStyle().set("flex-wrap", "wrap");
        result.setId("verify-result");
        add(new H2(getTranslation("verify.heading")), new Paragraph(getTranslation("verify.intro")), fields, result);
    }

    private void verify() {
        CertificateVerification answer = certificates.verify(number.getValue(), name.getValue());
        result.removeAll();
        if (answer.valid()) {
            result.add(new Paragraph(getTranslation("verify.valid", answer.number(), answer.holderName(), answer.seriesName(),
                    answer.specialty(), answer.level().officialTerm(), answer.evaluationYear(), answer.issuedOn())));
            result.getStyle().set("color", "var(--lumo-success-text-color)");
        } else {
            result.add(new Paragraph(getTranslation("verify.invalid", answer.reasonIfInvalid())));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.heading") + " - " + getTranslation("app.title");
    }
}
