package org.zhicheng.ui.internal.file;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.document.Annex;
import org.zhicheng.api.document.Document;
import org.zhicheng.api.document.DocumentLanguage;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.security.Actor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

/**
 * The documents of a file as far as it has come, as PDF made by core (issue 18): the unit's publicity notice
 * (Annex 1), its recommendation opinion (Annex 2), the signed personal commitment (Annex 3), the continuing-education
 * exemption form (Annex 4) and the electronic certificate with its verification QR code. Each is made when
 * it is downloaded, with the caller's rights.
 */
public class DocumentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Text keys and element ids of the annexes, by their number in the notice. */
    private static final List<String> ANNEX_NAMES = List.of("publicity", "recommendation", "commitment", "exemption");

    public DocumentsPanel(Application file, CertificateService certificates, DocumentService documents, Actor actor) {
        setId("documents-panel");
        setPadding(false);
        List<Annex> annexes = documents.availableAnnexes(file.id(), actor);
        for (Annex annex : annexes) {
            String name = ANNEX_NAMES.get(annex.number() - 1);
            Anchor chinese = download("doc-" + name, getTranslation("documents." + name),
                    annex.slug() + "-" + file.id() + ".pdf", () -> documents.annex(file.id(), annex, actor));
            // issue 19: Annex 3 also in Chinese and Uyghur
            add(annex != Annex.COMMITMENT ? chinese : withBilingual(chinese, download("doc-" + name + "-zh-ug",
                    getTranslation("documents.bilingual"), annex.slug() + "-" + file.id() + "-zh-ug.pdf",
                    () -> documents.annex(file.id(), annex, DocumentLanguage.CHINESE_UYGHUR, actor))));
        }
        Optional<Certificate> certificate = certificates.forApplication(file.id(), actor);
        certificate.ifPresent(c -> add(withBilingual(
                download("doc-certificate", getTranslation("documents.certificate"), "certificate-" + c.number() + ".pdf",
                        () -> documents.certificate(c.number(), actor)),
                download("doc-certificate-zh-ug", getTranslation("documents.bilingual"),
                        "certificate-" + c.number() + "-zh-ug.pdf",
                        () -> documents.certificate(c.number(), DocumentLanguage.CHINESE_UYGHUR, actor)))));
        if (annexes.isEmpty() && certificate.isEmpty()) {
            add(new Paragraph(getTranslation("documents.none")));
        }
    }

    /** The Chinese document's link and beside it (below it on a phone) its bilingual version's. */
    private static Div withBilingual(Anchor chinese, Anchor bilingual) {
        Div both = new Div(chinese, bilingual);
        both.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("column-gap", "1.5em");
        return both;
    }

    /** A link that saves the PDF, made by core at the moment of the download. */
    public static Anchor download(String id, String text, String fileName, Supplier<Document> document) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(document.get().bytes()));
        resource.setContentType(Document.PDF);
        Anchor anchor = new Anchor(resource, text + "（PDF）");
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
