package org.zhicheng.testfixtures;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;

/**
 * Files made complete as their applicant would before submitting, through core's services: every field of every
 * section (common and the series') that is still empty gets a value its type takes (what a test filled itself is
 * kept), a degree certificate with its CHSI record is uploaded unless the file has them, and the personal
 * commitment (Annex 3) is signed unless it is.
 * <p>
 * One class for core's tests and karaf-assembly's in-container tests: both compile this folder into their test
 * classes (build-helper), since the Pax Exam probe carries only its own module's test classes. It uses the api only.
 */
public final class FileCompletion {

    /**
     * A scan core takes: a one-page A4 PDF that PDFBox opens (core parses the whole content, not the name or the first
     * bytes). No cross-reference table: PDFBox rebuilds it, as for many scanners' files.
     */
    public static final byte[] SCAN = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private FileCompletion() {
    }

    /** Fills, proves and signs the file as the given actor (its applicant, or an integration acting for them). */
    public static void complete(FileContentService contents, AttachmentService attachments, long applicationId, Actor actor) {
        for (FileSection section : contents.sections(applicationId, actor)) {
            Map<String, String> values = sample(section);
            values.putAll(contents.values(applicationId, section.id(), actor));
            contents.save(applicationId, section.id(), values, actor);
        }
        List<AttachmentType> types = attachments.attachments(applicationId, actor).stream().map(Attachment::type).toList();
        long certificates = types.stream().filter(t -> t == AttachmentType.EDUCATION_CERTIFICATE).count();
        if (certificates == 0) {
            attachments.upload(applicationId, AttachmentType.EDUCATION_CERTIFICATE, "本科毕业证书.pdf", SCAN, true, actor);
            certificates = 1;
        }
        long proofs = types.stream().filter(t -> t == AttachmentType.CHSI_RECORD || t == AttachmentType.GRADUATE_REGISTRATION_FORM)
                .count();
        for (long missing = certificates - proofs; missing > 0; missing--) {
            attachments.upload(applicationId, AttachmentType.CHSI_RECORD, "学信网电子注册备案表.pdf", SCAN, true, actor);
        }
        if (contents.commitment(applicationId, actor).isEmpty()) {
            contents.signCommitment(applicationId, actor);
        }
    }

    /** A value for every field of the section that its type takes. */
    public static Map<String, String> sample(FileSection section) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FileField field : section.fields()) {
            values.put(field.id(), sample(field.type(), field.label(), field.choices()));
        }
        return values;
    }

    /** A value a field of this type, with this label and these choices, takes. */
    public static String sample(FieldType type, String label, List<String> choices) {
        return switch (type) {
            case TEXT -> "测试" + label;
            case LONG_TEXT -> "测试：" + label + "\n第二行";
            case NUMBER -> "12";
            case DATE -> "2010-07-01";
            case CHOICE -> choices.get(0);
        };
    }
}
