package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

/**
 * Notifications (issue 12) in the real distribution, over real HTTP, with a real SMTP server (GreenMail) and an SMS
 * gateway stand-in run by this test, outside Karaf: a returned file reaches its applicant by email, SMS and the message
 * centre (their own only); and messages left in the outbox while SMTP is unreachable are each delivered exactly once
 * after Karaf restarts and SMTP comes back.
 */
public class NotificationsIT {

    private static final String PASSWORD = "zhicheng";
    private static final Http.Credentials AYIGUL = new Http.Credentials("ayigul", PASSWORD);
    private static final Http.Credentials WANG = new Http.Credentials("wangjianguo", PASSWORD);
    private static final Http.Credentials SHUILI = new Http.Credentials("unit-shuili", PASSWORD);
    private static final Http.Credentials KUQA_ZHUJIAN = new Http.Credentials("unit-kuqa-zhujian", PASSWORD);

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> texts = new CopyOnWriteArrayList<>();
    private InstalledDistribution platform;
    private GreenMail smtp;
    private HttpServer gateway;
    private int smtpPort;

    @Before
    public void unpack() throws Exception {
        assumeFalse("bin/start and bin/client are shell scripts", System.getProperty("os.name").startsWith("Windows"));
        platform = InstalledDistribution.unpack("notify");
        smtpPort = ContainerTestSupport.freePort();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            texts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        platform.setProperty("etc/org.zhicheng.mail.cfg", "host", "127.0.0.1");
        platform.setProperty("etc/org.zhicheng.mail.cfg", "port", Integer.toString(smtpPort));
        platform.setProperty("etc/org.zhicheng.mail.cfg", "from", "zhicheng@example.com");
        platform.setProperty("etc/org.zhicheng.mail.cfg", "timeoutMillis", "3000");
        platform.setProperty("etc/org.zhicheng.sms.cfg", "url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        platform.setProperty("etc/org.zhicheng.notify.cfg", "pollSeconds", "1");
        platform.setProperty("etc/org.zhicheng.notify.cfg", "retrySeconds", "1");
        platform.setProperty("etc/org.zhicheng.notify.cfg", "maxRetrySeconds", "2");
        platform.setProperty("etc/org.zhicheng.notify.cfg", "maxAttempts", "1000");
    }

    @After
    public void stopAll() throws Exception {
        if (smtp != null) {
            smtp.stop();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
        if (platform != null) {
            platform.close();
        }
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @Test
    public void aReturnedFileIsMailedTextedAndListedAndTheOutboxSurvivesARestart_R14() throws Exception {
        startSmtp();
        platform.start();
        int port = platform.httpPort();

        // the REST application is published after the shell answers: wait for it
        Await.until("the REST API", Duration.ofSeconds(60), () -> status(port, "/api/v1/notifications/unread-count") == 401);

        // ---- where ayigul receives messages: checked, her own, anonymous refused
        assertEquals(401, Http.request(port, "GET", "/api/v1/me/contact", null, null).status());
        assertEquals(400, Http.request(port, "PUT", "/api/v1/me/contact", "{\"email\":\"not-an-address\"}", AYIGUL).status());
        assertEquals(200, Http.request(port, "PUT", "/api/v1/me/contact",
                "{\"email\":\"ayigul@example.com\",\"mobile\":\"13912345678\"}", AYIGUL).status());
        assertEquals("ayigul@example.com", read(Http.request(port, "GET", "/api/v1/me/contact", null, AYIGUL)).get("email").asText());

        // ---- her employer returns her submitted file on 2023-08-01: resubmit by 08-03
        JsonNode file = firstFile(port, AYIGUL);
        JsonNode returned = read(expect(200, Http.request(port, "POST", "/api/v1/applications/" + file.get("id").asLong()
                + "/returns", "{\"expectedVersion\":" + file.get("version").asLong() + ",\"reason\":\"学历证明不清晰\"}", SHUILI)));
        assertEquals("RETURNED", returned.get("status").asText());

        Await.until("the return mailed to ayigul", Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length >= 1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("ayigul@example.com", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject(), mail.getSubject().contains("2023年8月3日"));
        assertTrue(mail.getMessageID(), mail.getMessageID().matches("<zhicheng-outbox-\\d+@zhicheng\\.local>"));
        Await.until("the return texted to ayigul", Duration.ofSeconds(30), () -> !texts.isEmpty());
        assertTrue(texts.get(0), texts.get(0).contains("\"to\":\"13912345678\"") && texts.get(0).contains("2023年8月3日"));

        // ---- and in her message centre; nobody else's
        assertEquals(401, Http.request(port, "GET", "/api/v1/notifications", null, null).status());
        HttpResult mine = expect(200, Http.request(port, "GET", "/api/v1/notifications", null, AYIGUL));
        JsonNode message = read(mine).get(0);
        assertEquals("RETURNED", message.get("kind").asText());
        assertTrue(message.get("title").asText(), message.get("title").asText().contains("2023年8月3日"));
        assertEquals(file.get("id").asLong(), message.get("applicationId").asLong());
        assertEquals("1", mine.header("X-Unread-Count"));
        assertEquals(0, read(expect(200, Http.request(port, "GET", "/api/v1/notifications", null, WANG))).size());
        assertEquals(404, Http.request(port, "POST", "/api/v1/notifications/" + message.get("id").asLong() + "/read", null,
                WANG).status());
        assertEquals(1, read(Http.request(port, "GET", "/api/v1/notifications/unread-count", null, AYIGUL)).get("unread").asInt());

        // ---- the bell, the list, a click that marks it read and opens the file (desktop, then 390 px)
        try (Browser web = new Browser("http://localhost:" + port + "/")) {
            web.windowSize(1280, 900);
            web.login("ayigul", PASSWORD);
            web.waitForText("#notification-count", "1");
            web.screenshot("notify-01-bell-desktop");
            web.click("#notification-bell");
            web.waitForText("#messages-list", "2023年8月3日");
            web.click("#contact-settings [slot='summary']");
            // 接收方式: a wrong mobile is marked on its field as it is left, in Chinese
            web.type("#contact-mobile", "1391234");
            web.click("#contact-email");
            web.waitForText("#contact-mobile", "手机号码须为以1开头的11位数字");
            web.screenshot("notify-02-messages-desktop");
            web.type("#contact-mobile", "13912345678");
            web.click("#messages-list .message-card");
            Browser.until(web.driver, d -> d.getCurrentUrl().contains("file=" + file.get("id").asLong()) ? true : null);
            Browser.until(web.driver, d -> d.findElement(org.openqa.selenium.By.id("notification-count")).isDisplayed() ? null : true);
            web.windowSize(390, 844);
            web.open("messages");
            web.waitFor("#messages-list .message-card[data-read='true']");
            web.screenshot("notify-03-messages-390");
            Object overflow = web.driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertEquals("no sideways scrolling at 390 px", Boolean.FALSE, overflow);
        }
        assertEquals(0, read(Http.request(port, "GET", "/api/v1/notifications/unread-count", null, AYIGUL)).get("unread").asInt());
        assertTrue(read(Http.request(port, "GET", "/api/v1/notifications", null, AYIGUL)).get(0).get("read").asBoolean());
        assertEquals(0, read(expect(200, Http.request(port, "POST", "/api/v1/notifications/read-all", null, AYIGUL)))
                .get("marked").asInt());
        // the employer was told when the demo's file reached it
        assertTrue(read(Http.request(port, "GET", "/api/v1/notifications?limit=100", null, SHUILI)).toString()
                .contains("\"TO_REVIEW\""));

        // ---- SMTP goes away; wang's file is returned; his mail waits in the outbox across a restart
        smtp.stop();
        smtp = null;
        expect(200, Http.request(port, "PUT", "/api/v1/me/contact", "{\"email\":\"wang@example.com\"}", WANG));
        JsonNode wangs = firstFile(port, WANG);
        expect(200, Http.request(port, "POST", "/api/v1/applications/" + wangs.get("id").asLong() + "/returns",
                "{\"expectedVersion\":" + wangs.get("version").asLong() + ",\"reason\":\"业绩材料不全\"}", KUQA_ZHUJIAN));
        Thread.sleep(4000); // a few failed attempts
        platform.stop();
        startSmtp();
        platform.start();
        Await.until("wang's mail delivered after the restart", Duration.ofSeconds(60),
                () -> smtp.getReceivedMessages().length >= 1, () -> platform.logTail(80));
        Thread.sleep(5000); // time for a second delivery, if there were one
        MimeMessage[] after = smtp.getReceivedMessages();
        assertEquals("each mail exactly once; ayigul's is not sent again", 1, after.length);
        assertEquals("wang@example.com", after[0].getAllRecipients()[0].toString());
        assertTrue(after[0].getSubject(), after[0].getSubject().contains("2023年8月3日"));
    }

    private JsonNode firstFile(int port, Http.Credentials who) throws Exception {
        JsonNode files = read(expect(200, Http.request(port, "GET", "/api/v1/applications?limit=10", null, who)));
        assertTrue(files.toString(), files.size() > 0);
        return files.get(0);
    }

    private static int status(int port, String path) {
        try {
            return Http.request(port, "GET", path, null, null).status();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static HttpResult expect(int status, HttpResult result) {
        assertEquals(result.body(), status, result.status());
        return result;
    }

    private JsonNode read(HttpResult result) throws Exception {
        return json.readTree(result.body());
    }
}
