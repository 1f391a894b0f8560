package org.zhicheng.api.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

/**
 * A login refused because too many failed before it (issue 15): the account or the client address is locked until
 * {@link #retryAt()}, whatever the password. The UI says when to retry; REST answers 429 with {@code Retry-After}.
 *
 * @since 1.3
 */
public class LoginLockedException extends ZhichengException {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Instant retryAt;

    public LoginLockedException(Instant retryAt, String chineseMessage, String englishMessage) {
        super("LOGIN_LOCKED", chineseMessage, englishMessage);
        this.retryAt = retryAt;
    }

    /** Locked until the instant, with the time to retry in the message (Beijing time, as the platform's users read it). */
    public static LoginLockedException until(Instant retryAt) {
        Refusal.Text text = Refusal.LOGIN_LOCKED.variant(null);
        String beijing = BEIJING.format(retryAt);
        return new LoginLockedException(retryAt, text.chinese(beijing, retryAt.toString()),
                text.english(beijing, retryAt.toString()));
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds from {@code now} until the lock ends, at least 1: the {@code Retry-After} value. */
    public long retryAfterSeconds(Instant now) {
        long millis = Duration.between(now, retryAt).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
