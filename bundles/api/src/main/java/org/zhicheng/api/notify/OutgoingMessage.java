package org.zhicheng.api.notify;

import java.util.Objects;

/**
 * A message the outbox hands to a {@link MessageChannel}.
 *
 * @param messageId stable per outbox row, the same on every attempt: a resend after a crash is recognisable by it
 *                  (the email's Message-ID header, the SMS gateway's {@code id})
 * @param to        an email address or a mobile number, as the channel expects
 * @param subject   the email's subject (SMS channels may ignore it)
 */
public record OutgoingMessage(String messageId, String to, String subject, String text) {

    public OutgoingMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }
}
