package org.zhicheng.ui.internal.file;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.file.Commitment;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.views.Labels;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The documents of a file as far as it has come: the signed personal commitment (Annex 3), the unit's publicity notice (Annex 1), its recommendation
 * opinion (Annex 2) and the electronic certificate, each opened as a printable page or saved.
 */
public class DocumentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public DocumentsPanel(Application file, ApplicationService applications, ApplicantService applicants,
                          CertificateService certificates, FileContentService content, SeriesCatalog catalog, Actor actor) {
        setId("documents-panel");
        setPadding(false);
        Optional<Applicant> applicant = applicants.find(file.applicantId(), actor);
        String name = applicant.map(Applicant::fullName).orElse("");
        String employer = applicant.map(Applicant::employer).orElse("");
        String title = Labels.series(catalog, file.seriesCode()) + " " + file.specialty() + " " + file.level().officialTerm();
        int shown = 0;
        Optional<Commitment> commitment = content.commitment(file.id(), actor);
        if (commitment.isPresent()) {
            add(link("doc-commitment", getTranslation("documents.commitment"), new PrintableDocument(getTranslation("documents.commitment"))
                    .paragraph(commitment.get().text())
                    .row(getTranslation("documents.applicant"), name)
                    .row(getTranslation("documents.title"), title)
                    .signature(getTranslation("documents.commitment.signed", name,
                            CommitmentPanel.WHEN.format(commitment.get().signedAt()))), "commitment-" + file.id() + ".html"));
            shown++;
        }
        Optional<Publicity> publicity = applications.publicity(file.id(), actor);
        if (publicity.isPresent()) {
            Publicity p = publicity.get();
            add(link("doc-publicity", getTranslation("documents.publicity"), new PrintableDocument(getTranslation("documents.publicity"))
                    .paragraph(getTranslation("documents.publicity.text", employer, name, title))
                    .row(getTranslation("documents.applicant"), name)
                    .row(getTranslation("documents.employer"), employer)
                    .row(getTranslation("documents.title"), title)
                    .row(getTranslation("documents.period"), DAY.format(p.firstDay()) + " 至 " + DAY.format(p.lastDay()))
                    .row(getTranslation("documents.opinion"), p.employerOpinion())
                    .paragraph(getTranslation("documents.publicity.objections"))
                    .signature(employer), "publicity-" + file.id() + ".html"));
            shown++;
            Optional<StatusChange> recommended = applications.history(file.id(), actor).stream()
                    .filter(change -> change.to() == ApplicationStatus.RECOMMENDED).reduce((first, second) -> second);
            if (recommended.isPresent()) {
                add(link("doc-recommendation", getTranslation("documents.recommendation"),
                        new PrintableDocument(getTranslation("documents.recommendation"))
                                .row(getTranslation("documents.applicant"), name)
                                .row(getTranslation("documents.employer"), employer)
                                .row(getTranslation("documents.title"), title)
                                .row(getTranslation("documents.opinion"), p.employerOpinion())
                                .row(getTranslation("documents.period"), DAY.format(p.firstDay()) + " 至 " + DAY.format(p.lastDay())
                                        + getTranslation("documents.noObjection"))
                                .signature(employer + "  " + DAY.format(recommended.get().at().atZone(ZoneId.of("Asia/Shanghai")))),
                        "recommendation-" + file.id() + ".html"));
                shown++;
            }
        }
        Optional<Certificate> certificate = certificates.forApplication(file.id(), actor);
        if (certificate.isPresent()) {
            Certificate c = certificate.get();
            add(link("doc-certificate", getTranslation("documents.certificate"), new PrintableDocument(getTranslation("documents.certificate"))
                    .row(getTranslation("documents.number"), c.number())
                    .row(getTranslation("documents.holder"), c.holderName())
                    .row(getTranslation("documents.idNumber"), c.maskedIdNumber())
                    .row(getTranslation("documents.title"), c.seriesName() + " " + c.specialty() + " " + c.level().officialTerm())
                    .row(getTranslation("documents.year"), c.evaluationYear() + "年度")
                    .row(getTranslation("documents.qualificationDate"), DAY.format(c.qualificationDocumentDate()))
                    .row(getTranslation("documents.issuedOn"), DAY.format(c.issuedOn()))
                    .row(getTranslation("documents.verificationCode"), c.verificationCode())
                    .row(getTranslation("documents.state"), getTranslation(c.revoked() ? "documents.revoked" : "documents.valid"))
                    .paragraph(getTranslation("documents.verifyHint"))
                    .signature(getTranslation("documents.issuer")), "certificate-" + c.number() + ".html"));
            shown++;
        }
        if (shown == 0) {
            add(new Paragraph(getTranslation("documents.none")));
        }
    }

    private Anchor link(String id, String text, PrintableDocument document, String fileName) {
        Anchor anchor = new Anchor(document.resource(fileName), text);
        anchor.setTarget("_blank");
        anchor.setId(id);
        return anchor;
    }
}
