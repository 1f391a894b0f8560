package org.zhicheng.core.internal.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 15: REST clients send the password with every request and PBKDF2 is deliberately slow, so a verified user
 * name and password are remembered briefly, under a digest salted with a random value of this process (never the
 * password itself). Only an exact match is served from here: a wrong password always goes to the full check.
 * A password reset or a disabled account forgets the account's entry at once.
 */
final class VerifiedCredentials {

    private static final int MAX_REMEMBERED = 10_000;

    private record Entry(byte[] digest, Instant until) {
    }

    private final byte[] salt = new byte[32];
    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials(Duration ttl) {
        new SecureRandom().nextBytes(salt);
        this.ttl = ttl.isNegative() ? Duration.ZERO : ttl;
    }

    boolean remembered(String username, char[] password, Instant now) {
        Entry entry = entries.get(username);
        return entry != null && entry.until().isAfter(now) && MessageDigest.isEqual(entry.digest(), digest(username, password));
    }

    void remember(String username, char[] password, Instant now) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= MAX_REMEMBERED) {
            entries.clear();
        }
        entries.put(username, new Entry(digest(username, password), now.plus(ttl)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            sha.update(raw);
            Arrays.fill(raw, (byte) 0);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
