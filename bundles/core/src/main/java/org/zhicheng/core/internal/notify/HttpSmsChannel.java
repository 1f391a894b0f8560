package org.zhicheng.core.internal.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.notify.MessageChannel;
import org.zhicheng.api.notify.OutgoingMessage;

/**
 * SMS through an HTTP gateway (pid {@code org.zhicheng.sms}): one POST per message to {@code url} with
 * {@code Content-Type: application/json; charset=utf-8}, {@code Authorization: Bearer <token>} when a token is set,
 * and the body {@code {"id": "<message id>", "to": "13912345678", "text": "…", "sender": "<sender>"}}; any 2xx answer
 * is success, anything else is retried by the outbox. A prefecture points it at its provider or a small adapter.
 */
@Component(service = MessageChannel.class, configurationPid = "org.zhicheng.sms",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = MessageChannel.CHANNEL + "=" + MessageChannel.SMS)
@Designate(ocd = HttpSmsChannel.Configuration.class)
public class HttpSmsChannel implements MessageChannel {

    @ObjectClassDefinition(name = "Zhicheng SMS gateway (HTTP)")
    public @interface Configuration {
        @AttributeDefinition(description = "The gateway's URL (http or https); empty turns SMS off")
        String url() default "";

        @AttributeDefinition(description = "Bearer token sent in the Authorization header; empty for none",
                type = AttributeType.PASSWORD)
        String token() default "";

        @AttributeDefinition(description = "Sender name or number, passed on as 'sender'")
        String sender() default "职称评审";

        @AttributeDefinition(description = "Timeout in milliseconds")
        int timeoutMillis() default 10000;
    }

    private final Configuration config;
    private final HttpClient client;

    @Activate
    public HttpSmsChannel(Configuration config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.timeoutMillis())).build();
    }

    @Override
    public boolean ready() {
        String url = config.url().trim();
        return url.startsWith("http://") || url.startsWith("https://");
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        String body = "{\"id\":" + json(message.messageId()) + ",\"to\":" + json(message.to()) + ",\"text\":"
                + json(message.text()) + ",\"sender\":" + json(config.sender()) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url().trim()))
                .timeout(Duration.ofMillis(config.timeoutMillis()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!config.token().isBlank()) {
            request.header("Authorization", "Bearer " + config.token());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS gateway answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
