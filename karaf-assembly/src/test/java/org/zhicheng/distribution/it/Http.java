package org.zhicheng.distribution.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Plain HTTP against the platform on this machine, as a browser's first requests would be. */
final class Http {

    private Http() {
    }

    static HttpResult get(int port, String pathAndQuery) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + port + pathAndQuery).openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new HttpResult(status, body);
        } finally {
            connection.disconnect();
        }
    }
}

record HttpResult(int status, String body) {
}
