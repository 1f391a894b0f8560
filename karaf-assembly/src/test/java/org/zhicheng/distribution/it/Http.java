package org.zhicheng.distribution.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Plain HTTP against the platform on this machine, as a browser's first requests or an integration's would be. */
final class Http {

    private Http() {
    }

    static HttpResult get(int port, String pathAndQuery) throws IOException {
        return request(port, "GET", pathAndQuery, null, null);
    }

    /**
     * Any method, optionally with a JSON body ({@code Content-Type: application/json}) and HTTP Basic credentials;
     * {@code Accept: application/json} unless there is neither (a browser-like GET).
     */
    static HttpResult request(int port, String method, String pathAndQuery, String jsonBody, Credentials credentials)
            throws IOException {
        return send(port, method, pathAndQuery, jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8),
                "application/json; charset=UTF-8", credentials);
    }

    /**
     * The REST application's own 404 for a path no resource matched: while CXF publishes the application anew, a
     * resource may not be in it yet, so this is sent again for a while (10 s) too; a route that really does not exist
     * still ends with this answer.
     */
    private static boolean noRoute(HttpResult response) {
        return response.status() == 404 && response.body().contains("\"code\":\"NOT_FOUND\"");
    }

    /**
     * CXF's whiteboard publishes the REST application anew whenever a resource or extension comes or goes (at boot,
     * after the platform clock changed, a plugin installed): meanwhile it answers 500 without reaching a resource, or
     * 404 "No service was found". Nothing happened then, so the request may be sent again.
     */
    private static boolean republishing(HttpResult response) {
        return response.status() == 500 && response.body().contains("incomingObserver")
                || response.status() == 404 && response.body().contains("No service was found");
    }

    /** POSTs raw bytes (an uploaded scan) with HTTP Basic credentials. */
    static HttpResult upload(int port, String pathAndQuery, byte[] content, Credentials credentials) throws IOException {
        return send(port, "POST", pathAndQuery, content, "application/octet-stream", credentials);
    }

    /** POSTs a body of the given content type (a CSV file) with HTTP Basic credentials. */
    static HttpResult post(int port, String pathAndQuery, byte[] content, String contentType, Credentials credentials)
            throws IOException {
        return send(port, "POST", pathAndQuery, content, contentType, credentials);
    }

    /** A GET with HTTP Basic credentials that accepts the given media types (a text download). */
    static HttpResult get(int port, String pathAndQuery, String accept, Credentials credentials) throws IOException {
        return send(port, "GET", pathAndQuery, null, null, credentials, Map.of("Accept", accept));
    }

    private static HttpResult send(int port, String method, String pathAndQuery, byte[] body, String contentType,
                                   Credentials credentials) throws IOException {
        return send(port, method, pathAndQuery, body, contentType, credentials, Map.of());
    }

    /**
     * Any method with raw bytes of a content type, and extra request headers (e.g. {@code Accept-Language}, or an
     * {@code Accept} other than JSON).
     */
    static HttpResult send(int port, String method, String pathAndQuery, byte[] body, String contentType,
                           Credentials credentials, Map<String, String> headers) throws IOException {
        HttpResult response = sendOnce(port, method, pathAndQuery, body, contentType, credentials, headers);
        for (int i = 0; i < 60 && (republishing(response) || i < 20 && noRoute(response)); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = sendOnce(port, method, pathAndQuery, body, contentType, credentials, headers);
        }
        return response;
    }

    private static HttpResult sendOnce(int port, String method, String pathAndQuery, byte[] body, String contentType,
                                       Credentials credentials, Map<String, String> headers) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + port + pathAndQuery).openConnection();
        headers.forEach(connection::setRequestProperty);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod(method);
        if (credentials != null) {
            String token = credentials.user() + ":" + credentials.password();
            connection.setRequestProperty("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        if ((credentials != null || body != null) && !headers.containsKey("Accept")) {
            connection.setRequestProperty("Accept", "application/json");
        }
        try {
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String response = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new HttpResult(status, response, connection.getHeaderFields());
        } finally {
            connection.disconnect();
        }
    }

    record Credentials(String user, String password) {
    }
}

record HttpResult(int status, String body, Map<String, List<String>> headers) {

    HttpResult(int status, String body) {
        this(status, body, Map.of());
    }

    /** The first value of a response header, whatever its case; null if absent. */
    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).filter(Objects::nonNull).flatMap(List::stream).findFirst().orElse(null);
    }
}
