package org.zhicheng.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.zhicheng.rest.internal.json.JsonProvider;

import com.fasterxml.jackson.databind.JsonNode;

/** What /api answers while the API is held back at start (issue 16 item 4): a 503 problem, never the web UI's page. */
class StartingServletTest {

    @Test
    void answersStartingProblemInChineseAndEnglish() throws Exception {
        JsonNode body = JsonProvider.objectMapper().readTree(new String(StartingServlet.body(), StandardCharsets.UTF_8));

        assertEquals(503, body.get("status").asInt());
        assertEquals("STARTING", body.get("code").asText());
        assertEquals("平台正在启动，请稍后再试", body.get("detail").asText());
        assertEquals("the platform is starting; try again in a few seconds", body.get("message").get("en").asText());
    }
}
