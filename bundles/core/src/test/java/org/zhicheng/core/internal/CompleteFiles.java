package org.zhicheng.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;

/**
 * Files made complete as their applicant would before submitting: every field of every section, common and
 * the series', that is still empty filled with a value its type takes (what a test filled itself is kept), and the
 * personal commitment signed (Annex 3) unless it is, and, unless the file has them, a degree certificate with its CHSI
 * record uploaded.
 */
public final class CompleteFiles {

    private CompleteFiles() {
    }

    /** Fills and signs the file as the given actor (its applicant, or an integration acting for them). */
    public static void complete(FileContentService contents, long applicationId, Actor actor) {
        for (FileSection section : contents.sections(applicationId, actor)) {
            Map<String, String> values = sample(section);
            values.putAll(contents.values(applicationId, section.id(), actor));
            contents.save(applicationId, section.id(), values, actor);
        }
        AttachmentServiceImpl attachments = TestServices.attachments(contents);
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

    /** A scan core takes (it reads the content, not the name). */
    static final byte[] SCAN = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Completes the draft (or returned file) and submits it. */
    public static Application submit(ApplicationServiceImpl applications, FileContentService contents, Application file,
                                     Actor actor) {
        complete(contents, file.id(), actor);
        return applications.submit(file.id(), file.version(), actor);
    }

    /** A value for every field of the section that its type takes. */
    public static Map<String, String> sample(FileSection section) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FileField field : section.fields()) {
            values.put(field.id(), switch (field.type()) {
                case TEXT -> "测试" + field.label();
                case LONG_TEXT -> "测试：" + field.label() + "\n第二行";
                case NUMBER -> "12";
                case DATE -> "2010-07-01";
                case CHOICE -> field.choices().get(0);
            });
        }
        return values;
    }
}
