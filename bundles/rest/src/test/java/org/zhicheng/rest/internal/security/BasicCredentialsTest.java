package org.zhicheng.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordWithColonsInThePassword() {
        BasicCredentials credentials = BasicCredentials.parse(basic("integration:a:b")).orElseThrow();
        assertEquals("integration", credentials.user());
        assertEquals("a:b", new String(credentials.password()));
        assertEquals("张三", BasicCredentials.parse(basic("张三:密码")).orElseThrow().user());
        assertTrue(BasicCredentials.parse("basic " + basic("u:p").substring(6)).isPresent());
    }

    @Test
    void refusesEverythingElse() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic !!!").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password")).isEmpty());
    }
}
