package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON over HTTP against the platform's REST API, for tests that act only through it. */
final class JsonApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    JsonApi(int port) {
        this.port = port;
    }

    /**
     * Waits until CXF has published the routes the installed-distribution tests use: it republishes its endpoint as
     * resources arrive after boot, answering 404 "No service was found" meanwhile (issue 17's RestartIT, ClusterIT).
     */
    JsonApi awaitPublished() {
        Await.until("REST routes published on port " + port, java.time.Duration.ofSeconds(180), () -> java.util.stream.Stream
                .of(get("/api/v1/series", null), post("/api/v1/registrations", "{}", null),
                        get("/api/v1/applications/1", null), post("/api/v1/admin/backups", "{}", null),
                        get("/api/v1/audit/verification", null))
                .noneMatch(r -> r.status() == 404 && r.body().contains("No service was found") || r.status() >= 500));
        return this;
    }

    HttpResult get(String path, Http.Credentials credentials) {
        return call("GET", path, null, credentials);
    }

    HttpResult post(String path, String body, Http.Credentials credentials) {
        return call("POST", path, body, credentials);
    }

    HttpResult call(String method, String path, String jsonBody, Http.Credentials credentials) {
        try {
            return Http.request(port, method, path, jsonBody, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** The body of a response with the expected status, as JSON. */
    static JsonNode read(int status, HttpResult response) throws IOException {
        assertEquals(response.body(), status, response.status());
        return JSON.readTree(response.body());
    }

    /** An RFC 7807 problem with the expected status and code; answers its Chinese message. */
    static String assertProblem(HttpResult response, int status, String code) throws IOException {
        assertEquals(response.body(), status, response.status());
        assertTrue("Content-Type " + response.header("Content-Type"),
                String.valueOf(response.header("Content-Type")).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.body(), code, problem.get("code").asText());
        return problem.get("message").get("zh").asText();
    }

    /** Public self-registration of an applicant (县市 tier); answers their credentials and applicant id. */
    Registered register(String employer, String county) throws IOException {
        String idNumber = TestData.idNumber().value();
        String username = "it-" + idNumber.substring(10).toLowerCase();
        ObjectNode registration = JSON.createObjectNode();
        registration.put("username", username);
        registration.put("password", "secret-" + username);
        ObjectNode applicant = registration.putObject("applicant");
        applicant.put("fullName", "测试" + TestData.token(""));
        applicant.put("idNumber", idNumber);
        applicant.put("employer", employer);
        applicant.put("county", county);
        applicant.put("tier", "县市");
        JsonNode account = read(201, post("/api/v1/registrations", registration.toString(), null));
        Http.Credentials credentials = new Http.Credentials(username, "secret-" + username);
        long applicantId = account.get("applicantId").asLong();
        CompleteFiles.recordCareerOverHttp(port, applicantId, credentials); // before any file
        return new Registered(credentials, applicantId);
    }

    /** A draft opened by its applicant over the API (channel A, 2023). */
    JsonNode draft(Registered applicant, String series, String specialty, String level) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.put("applicantId", applicant.applicantId());
        request.put("evaluationYear", 2023);
        request.put("seriesCode", series);
        request.put("specialty", specialty);
        request.put("level", level);
        request.put("channel", "A");
        return read(201, post("/api/v1/applications", request.toString(), applicant.credentials()));
    }

    static String version(JsonNode file) {
        return JSON.createObjectNode().put("expectedVersion", file.get("version").asLong()).toString();
    }

    record Registered(Http.Credentials credentials, long applicantId) {
    }
}
