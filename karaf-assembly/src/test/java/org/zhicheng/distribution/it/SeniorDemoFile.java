package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo data's senior file (王建国, 建筑专业, 副高), taken through the review chain over the REST API beside the
 * browser's intermediate file, so that the committee office has a file that defends. Each step is the
 * integration's call with the demo account of the role that takes it.
 */
final class SeniorDemoFile {

    static final String APPLICANT = "wangjianguo";
    static final String FULL_NAME = "王建国";
    static final String SPECIALTY = "建筑专业";
    private static final String PASSWORD = "zhicheng";

    private final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final long id;

    /** Waits for the demo data to open and submit the file once the engineering plugin accepts applications. */
    SeniorDemoFile(int port) {
        this.port = port;
        Await.until("the demo file of " + APPLICANT, Duration.ofSeconds(60),
                () -> call("GET", "/api/v1/applications?status=SUBMITTED", null, APPLICANT).body().contains("\"id\""));
        this.id = read(call("GET", "/api/v1/applications?status=SUBMITTED", null, APPLICANT), 200).get(0).get("id").asLong();
    }

    long id() {
        return id;
    }

    /** The employer's opinion starts the publicity inside the unit. */
    void approveByEmployer() {
        ObjectNode body = versioned();
        body.put("opinion", "材料真实，同意推荐");
        step("/employer-approval", body, "unit-kuqa-zhujian", "IN_PUBLICITY");
    }

    /** After 5 working days of publicity. */
    void recommend() {
        step("/recommendation", versioned(), "unit-kuqa-zhujian", "RECOMMENDED");
    }

    /** The county bureau of 库车市 receives the material. */
    void acceptMaterial() {
        step("/material-acceptance", versioned(), "kuqa-hr", "MATERIAL_RECEIVED");
    }

    /** The applicant pays the senior fee by QR code. */
    void payFee(String paidOn) {
        ObjectNode body = versioned();
        body.put("amountYuan", read(call("GET", at() + "/fee", null, APPLICANT), 200).get("amountYuan").asInt());
        body.put("method", "QR_CODE");
        body.put("reference", "WX-SENIOR-" + id);
        body.put("paidOn", paidOn);
        step("/fee-payment", body, APPLICANT, "FEE_PAID");
    }

    private void step(String path, ObjectNode body, String user, String expectedStatus) {
        assertEquals(expectedStatus, read(call("POST", at() + path, body.toString(), user), 200).get("status").asText());
    }

    private ObjectNode versioned() {
        ObjectNode body = json.createObjectNode();
        body.put("expectedVersion", read(call("GET", at(), null, APPLICANT), 200).get("version").asLong());
        return body;
    }

    private String at() {
        return "/api/v1/applications/" + id;
    }

    private JsonNode read(HttpResult result, int status) {
        assertEquals(result.body(), status, result.status());
        try {
            return json.readTree(result.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResult call(String method, String path, String body, String user) {
        try {
            return Http.request(port, method, path, body, new Http.Credentials(user, PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }
}
