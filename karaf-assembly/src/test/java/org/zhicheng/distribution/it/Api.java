package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON calls to the platform's REST API as one caller or another, with the checks every API test makes. */
final class Api {

    static final String DEMO_PASSWORD = "zhicheng";

    final ObjectMapper json = new ObjectMapper();
    private final int port;

    Api(int port) {
        this.port = port;
    }

    /**
     * Waits until the routes answer anything but 404: each JAX-RS whiteboard resource comes up on its own, so that
     * one route answering says nothing of another's. Without credentials (401 means the route is there).
     */
    void awaitRoutes(java.time.Duration timeout, String... paths) {
        for (String path : paths) {
            Await.until("route " + path, timeout, () -> get(path, null).status() != 404);
        }
    }

    /** One route of each resource issue 11 added, and the API's own description. */
    static final String[] ISSUE_11_ROUTES = {"/api/v1/filings", "/api/v1/applicants/1/continuing-education",
            "/api/v1/applications/1/checks/education-proof", "/api/v1/certificates/X/revocation",
            "/api/v1/published-results?seriesCode=engineering&year=2023", "/api/v1/series-plugins/refusals",
            "/api/openapi.json", "/api/docs/"};

    static Http.Credentials demo(String user) {
        return new Http.Credentials(user, DEMO_PASSWORD);
    }

    HttpResult call(String method, String path, String jsonBody, Http.Credentials credentials) {
        try {
            return Http.request(port, method, path, jsonBody, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    HttpResult get(String path, Http.Credentials credentials) {
        return call("GET", path, null, credentials);
    }

    HttpResult post(String path, Object body, Http.Credentials credentials) {
        return call("POST", path, body == null ? null : body.toString(), credentials);
    }

    HttpResult put(String path, Object body, Http.Credentials credentials) {
        return call("PUT", path, body.toString(), credentials);
    }

    HttpResult delete(String path, Http.Credentials credentials) {
        return call("DELETE", path, null, credentials);
    }

    HttpResult upload(String path, byte[] content, Http.Credentials credentials) {
        try {
            return Http.upload(port, path, content, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path, e);
        }
    }

    /** The answer's JSON after checking its status. */
    JsonNode expect(int status, HttpResult response) {
        assertEquals(response.body(), status, response.status());
        return read(response);
    }

    JsonNode read(HttpResult response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    /** An RFC 7807 problem with the status and Zhicheng's code, and its Chinese detail. */
    JsonNode assertProblem(HttpResult response, int status, String code) {
        assertEquals(response.body(), status, response.status());
        assertTrue("Content-Type " + response.header("Content-Type"),
                String.valueOf(response.header("Content-Type")).startsWith("application/problem+json"));
        JsonNode problem = read(response);
        assertEquals(response.body(), code, problem.get("code").asText());
        String detail = problem.get("detail").asText();
        assertEquals("the RFC 7807 detail is the Chinese message", problem.get("message").get("zh").asText(), detail);
        assertTrue(response.body(), detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return problem;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** {@code {"expectedVersion": <the file's version>}}. */
    ObjectNode version(JsonNode file) {
        return object().put("expectedVersion", file.get("version").asLong());
    }

    /** A lifecycle step that answers the file: 200 and its new state. */
    JsonNode step(String path, ObjectNode body, Http.Credentials credentials) {
        return expect(200, post(path, body, credentials));
    }
}
