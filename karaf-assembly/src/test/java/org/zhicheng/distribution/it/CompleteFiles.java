package org.zhicheng.distribution.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.testfixtures.FileCompletion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Files made complete as their applicant would before submitting: through core's services with the shared
 * {@link FileCompletion} (core's tests use it too), or the same over the REST API, and the professional record over it.
 */
final class CompleteFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SCAN = FileCompletion.SCAN;

    private CompleteFiles() {
    }

    /** {@link FileCompletion#complete} with the container's attachment service, beside the caller's file content service. */
    static void complete(FileContentService contents, long applicationId, Actor actor) {
        BundleContext context = FrameworkUtil.getBundle(CompleteFiles.class).getBundleContext();
        ServiceReference<AttachmentService> reference = context.getServiceReference(AttachmentService.class);
        try {
            FileCompletion.complete(contents, context.getService(reference), applicationId, actor);
        } finally {
            context.ungetService(reference);
        }
    }

    /** The same over HTTP with the caller's credentials (GET sections, PUT each section, POST the commitment). */
    static void completeOverHttp(int port, long applicationId, Http.Credentials credentials) throws IOException {
        String at = "/api/v1/applications/" + applicationId;
        for (JsonNode section : JSON.readTree(expect(200, Http.request(port, "GET", at + "/sections", null, credentials)))
                .get("sections")) {
            ObjectNode values = JSON.createObjectNode();
            for (JsonNode field : section.get("fields")) {
                List<String> choices = new ArrayList<>();
                field.get("choices").forEach(choice -> choices.add(choice.asText()));
                values.put(field.get("id").asText(), FileCompletion.sample(FieldType.fromDescriptorTerm(field.get("type").asText()),
                        field.get("label").asText(), choices));
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

    private static String expect(int status, HttpResult response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but was " + response.status() + ": " + response.body());
        }
        return response.body();
    }
}
