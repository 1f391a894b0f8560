package org.zhicheng.api.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One message in an account's message centre, in the language asked for (Chinese by default).
 *
 * @param recipient     the account (user name) it is for; only that account reads it
 * @param applicationId the file it concerns, or null
 * @param fileNumber    that file's number as people read it (e.g. 2023-000012), or null
 * @param created       when it was written
 * @param platformDate  the platform's date it was written on (the rules' today)
 */
public record Notification(long id, String recipient, NotificationKind kind, String title, String body,
                           Long applicationId, String fileNumber, Instant created, LocalDate platformDate, boolean read) {

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        Objects.requireNonNull(created, "created");
    }
}
