package org.zhicheng.ui.internal.views;

import java.util.List;
import java.util.Map;

import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.ui.internal.i18n.Terms;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Public verification of an electronic certificate by its number and the holder's name; no login. The
 * certificate's QR code (issue 18) opens {@code verify?number=..&name=..}, which checks at once.
 */
public class VerificationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

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
        number.setMaxLength(TextLimits.REFERENCE);
        name.setLabel(getTranslation("verify.name"));
        name.setId("verify-name");
        name.setMaxLength(TextLimits.FULL_NAME);
        Button check = new Button(getTranslation("verify.submit"), click -> verify());
        check.setId("verify-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(number, name, check);
        fields.setAlignItems(Alignment.BASELINE);
        fields.getStyle().set("flex-wrap", "wrap");
        result.setId("verify-result");
        add(new H2(getTranslation("verify.heading")), new Paragraph(getTranslation("verify.intro")), fields, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        List<String> fromLink = query.getOrDefault("number", List.of());
        List<String> nameFromLink = query.getOrDefault("name", List.of());
        if (fromLink.size() == 1 && nameFromLink.size() == 1) {
            number.setValue(fromLink.get(0));
            name.setValue(nameFromLink.get(0));
            verify();
            result.add(new Paragraph(getTranslation("verify.fromLink")));
        }
    }

    private void verify() {
        CertificateVerification answer = certificates.verify(number.getValue(), name.getValue());
        result.removeAll();
        if (answer.valid()) {
            result.add(new Paragraph(getTranslation("verify.valid", answer.number(), answer.holderName(), answer.seriesName(),
                    answer.specialty(), Terms.of(answer.level(), answer.level().officialTerm()), answer.evaluationYear(), answer.issuedOn())));
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
