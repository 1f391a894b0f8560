package org.zhicheng.core.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.domain.TitleLevel;

/**
 * The certificate benchmark's driver (issue 16 item 8, issue 18): core's certificate PDF for the i-th holder, and
 * the baseline, a bare PDFBox A4 page with the same fields in a standard font (nothing embedded, no QR code).
 */
public final class CertificateRun {

    private static final String BASE = "https://zc.example.cn";
    private static final Instant CREATED = Instant.parse("2023-12-01T02:00:00Z");

    private CertificateRun() {
    }

    private static Certificate certificate(int i) {
        return new Certificate(String.format(Locale.ROOT, "ZC-2023-WATERCONSERVANCY-%06d", i), "K7M3Q9R2T" + (i % 10), i,
                "阿依古丽·买买提" + (i % 100), "652901**********1" + (i % 10), "工程系列", "水利专业", TitleLevel.INTERMEDIATE, 2023,
                LocalDate.of(2023, 11, 20), LocalDate.of(2023, 12, 1), false);
    }

    /** Core's certificate, as DocumentService makes it. */
    public static byte[] core(int i) {
        Certificate c = certificate(i);
        return DocumentServiceImpl.certificatePdf(c, "工程系列水利专业副高、中级、助理评审委员会",
                BASE + "/verify?number=" + c.number() + "&name=x", CREATED);
    }

    /** The baseline: the same fields as plain ASCII lines on one A4 page, Helvetica, not embedded. */
    public static byte[] bare(int i) {
        Certificate c = certificate(i);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                out.newLineAtOffset(56, 780);
                for (String line : new String[] {"Certificate " + c.number(), "Holder #" + c.applicationId(),
                        "ID " + c.maskedIdNumber(), "Level " + c.level().name(), "Year " + c.evaluationYear(),
                        "Qualification " + c.qualificationDocumentDate(), "Issued " + c.issuedOn(), "Code " + c.verificationCode()}) {
                    out.showText(line);
                    out.newLineAtOffset(0, -18);
                }
                out.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
