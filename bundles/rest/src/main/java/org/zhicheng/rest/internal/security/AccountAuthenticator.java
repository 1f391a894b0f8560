package org.zhicheng.rest.internal.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;

/**
 * Checks HTTP Basic credentials against the platform's accounts. A successful check is remembered for a short
 * while under a digest of the credentials (never the password itself), because HTTP Basic sends them with every
 * request and the salted hash is deliberately slow; a changed password or a disabled account takes effect once the
 * entry expires.
 */
final class AccountAuthenticator {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Actor actor, Instant until) {
    }

    private final AccountService accounts;
    private final Duration remember;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    AccountAuthenticator(AccountService accounts, Duration remember, Clock clock) {
        this.accounts = accounts;
        this.remember = remember;
        this.clock = clock;
    }

    Optional<ApiPrincipal> authenticate(String user, char[] password) {
        String key = digest(user, password);
        Instant now = clock.instant();
        Remembered hit = remembered.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return Optional.of(new ApiPrincipal(hit.actor()));
        }
        Optional<Actor> actor = accounts.authenticate(user, password);
        if (actor.isEmpty()) {
            remembered.remove(key);
            return Optional.empty();
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        if (!remember.isZero()) {
            remembered.put(key, new Remembered(actor.get(), now.plus(remember)));
        }
        return actor.map(ApiPrincipal::new);
    }

    private static String digest(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            sha.update(raw);
            Arrays.fill(raw, (byte) 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
