package org.zhicheng.distribution.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Files made complete as their applicant would before submitting, through the service or over the REST API:
 * every field of every section (common and the series') that is still empty gets a value its type takes, and the
 * personal commitment (Annex 3) is signed unless it is, and a degree certificate with its CHSI record is uploaded
 * unless the file proves its education already.
 */
final class CompleteFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CompleteFiles() {
    }

    static void complete(FileContentService contents, long applicationId, Actor actor) {
        for (FileSection section : contents.sections(applicationId, actor)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (FileField field : section.fields()) {
                values.put(field.id(), sample(field.type().descriptorTerm(), field.label(), field.choices()));
            }
            values.putAll(contents.values(applicationId, section.id(), actor));
            contents.save(applicationId, section.id(), values, actor);
        }
        // in the container, beside the caller's file content service
        BundleContext context = FrameworkUtil.getBundle(CompleteFiles.class).getBundleContext();
        ServiceReference<AttachmentService> reference = context.getServiceReference(AttachmentService.class);
        AttachmentService attachments = context.getService(reference);
        try {
            if (!attachments.missingEducationProof(applicationId, actor).isEmpty()) {
                attachments.upload(applicationId, AttachmentType.EDUCATION_CERTIFICATE, "本科毕业证书.pdf", SCAN, true, actor);
                attachments.upload(applicationId, AttachmentType.CHSI_RECORD, "学信网电子注册备案表.pdf", SCAN, true, actor);
            }
        } finally {
            context.ungetService(reference);
        }
        if (contents.commitment(applicationId, actor).isEmpty()) {
            contents.signCommitment(applicationId, actor);
        }
    }

    /** A scan core takes (it reads the content, not the name). */
    private static final byte[] SCAN = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The same over HTTP with the caller's credentials (GET sections, PUT each section, POST the commitment). */
    static void completeOverHttp(int port, long applicationId, Http.Credentials credentials) throws IOException {
        String at = "/api/v1/applications/" + applicationId;
        for (JsonNode section : JSON.readTree(expect(200, Http.request(port, "GET", at + "/sections", null, credentials)))
                .get("sections")) {
            ObjectNode values = JSON.createObjectNode();
            for (JsonNode field : section.get("fields")) {
                List<String> choices = new ArrayList<>();
                field.get("choices").forEach(choice -> choices.add(choice.asText()));
                values.put(field.get("id").asText(), sample(field.get("type").asText(), field.get("label").asText(), choices));
            }
            for (Iterator<Map.Entry<String, JsonNode>> filled = section.get("values").fields(); filled.hasNext(); ) {
                Map.Entry<String, JsonNode> value = filled.next();
                values.put(value.getKey(), value.getValue().asText());
            }
            expect(200, Http.request(port, "PUT", at + "/sections/" + section.get("id").asText(), values.toString(), credentials));
        }
        if (!expect(200, Http.request(port, "GET", at + "/attachments", null, credentials)).contains("\"EDUCATION_CERTIFICATE\"")) {
            expect(201, Http.upload(port, at + "/attachments?type=EDUCATION_CERTIFICATE&masked=true&fileName=degree.pdf", SCAN,
                    credentials));
            expect(201, Http.upload(port, at + "/attachments?type=CHSI_RECORD&masked=true&fileName=chsi.pdf", SCAN, credentials));
        }
        if (!JSON.readTree(expect(200, Http.request(port, "GET", at + "/commitment", null, credentials))).get("signed").asBoolean()) {
            expect(200, Http.request(port, "POST", at + "/commitment", null, credentials));
        }
    }

    /**
     * Records the applicant's professional record over HTTP, one that opens every level of the shipped series (R-12,
     * their sample minimums): work since 2005-07-01, 工程师 appointed 2012-07-01, 大学本科.
     */
    static void recordCareerOverHttp(int port, long applicantId, Http.Credentials credentials) throws IOException {
        ObjectNode career = JSON.createObjectNode().put("startedWork", "2005-07-01").put("currentTitle", "工程师")
                .put("appointed", "2012-07-01").put("education", "大学本科").put("appraisalsPassed", true);
        expect(200, Http.request(port, "PUT", "/api/v1/applicants/" + applicantId + "/career", career.toString(), credentials));
    }

    /** A value a field of this type (as the descriptor names it) takes. */
    private static String sample(String type, String label, List<String> choices) {
        return switch (type) {
            case "long-text" -> "测试：" + label + "\n第二行";
            case "number" -> "12";
            case "date" -> "2010-07-01";
            case "choice" -> choices.get(0);
            default -> "测试" + label;
        };
    }

    private static String expect(int status, HttpResult response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but was " + response.status() + ": " + response.body());
        }
        return response.body();
    }
}
