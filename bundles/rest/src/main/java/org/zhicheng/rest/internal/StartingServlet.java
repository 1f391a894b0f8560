package org.zhicheng.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.zhicheng.rest.internal.json.JsonProvider;
import org.zhicheng.rest.internal.problem.Problem;

/**
 * Answers every /api request while {@link Publication} holds the API back at start: 503 with a problem and
 * Retry-After, so that REST clients and load balancers (GET /api/v1/health) see "not yet", never the web UI's page
 * (its servlet has "/*" in the same context). Registered for "/api/*" in the default context until the API is
 * published in a context of its own.
 */
final class StartingServlet extends HttpServlet {

    static final Problem STARTING = Problem.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "STARTING",
            "平台正在启动，请稍后再试", "the platform is starting; try again in a few seconds");

    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = body();

    static byte[] body() {
        try {
            return JsonProvider.objectMapper().writeValueAsString(STARTING).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE_NAME + ";charset=UTF-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
