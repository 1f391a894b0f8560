package org.zhicheng.core.internal.audit;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The hash chain of the audit log.
 *
 * <p>{@code hash = lower-case hex SHA-256(encoding)}, where the encoding is the concatenation of these eight fields,
 * in this order, each written as its length in bytes (4 bytes, big-endian, signed; -1 for a missing value, with no
 * bytes following) and then its UTF-8 bytes:
 * <ol>
 * <li>the format tag {@value #FORMAT},</li>
 * <li>the sequence number in decimal,</li>
 * <li>the time as nanoseconds since 1970-01-01T00:00:00Z in decimal (a whole number of microseconds × 1000),</li>
 * <li>actor,</li>
 * <li>action,</li>
 * <li>subject,</li>
 * <li>detail (empty if none),</li>
 * <li>the previous entry's hash (64 zeros for entry 1).</li>
 * </ol>
 * Because every field carries its length, no two different entries share an encoding ("ab"+"c" is not "a"+"bc"),
 * and an auditor can recompute the chain with any SHA-256 tool. The format tag lets a later format coexist with
 * this one; changing this one would break every stored chain.
 *
 * <p>Entries that keep the platform's date (the date the rules saw, which may differ from the real instant's) are
 * hashed in format {@value #FORMAT_V2}: the same fields after its tag, then a ninth, the platform date as ISO
 * {@code yyyy-MM-dd}. Entries recorded before the platform kept it have none and stay in format {@value #FORMAT}, so
 * old and new entries verify in one chain; giving an old entry a date, or removing a new entry's, breaks its hash.
 */
final class AuditHash {
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    static final String FORMAT = "zhicheng-audit-v1";
    static final String FORMAT_V2 = "zhicheng-audit-v2";

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private AuditHash() {
    }

    static String of(long sequence, Instant at, String actor, String action, String subject, String detail,
                     String previousHash) {
        return of(sequence, at, actor, action, subject, detail, previousHash, null);
    }

    /** Format v2 with the platform date, or v1 where there is none (entries recorded before it was kept). */
    static String of(long sequence, Instant at, String actor, String action, String subject, String detail,
                     String previousHash, LocalDate platformDate) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(encode(sequence, at, actor, action, subject, detail, previousHash,
                    platformDate)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static byte[] encode(long sequence, Instant at, String actor, String action, String subject, String detail,
                         String previousHash) {
        return encode(sequence, at, actor, action, subject, detail, previousHash, null);
    }

    static byte[] encode(long sequence, Instant at, String actor, String action, String subject, String detail,
                         String previousHash, LocalDate platformDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, platformDate == null ? FORMAT : FORMAT_V2);
        field(out, Long.toString(sequence));
        field(out, at == null ? null : epochNanos(at));
        field(out, actor);
        field(out, action);
        field(out, subject);
        field(out, detail);
        field(out, previousHash);
        if (platformDate != null) {
            field(out, platformDate.toString());
        }
        return out.toByteArray();
    }

    private static String epochNanos(Instant at) {
        return BigInteger.valueOf(at.getEpochSecond()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(at.getNano())).toString();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        int length = bytes == null ? -1 : bytes.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        if (bytes != null) {
            out.write(bytes, 0, bytes.length);
        }
    }
}
