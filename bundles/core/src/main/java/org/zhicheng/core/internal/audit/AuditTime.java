package org.zhicheng.core.internal.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Audit times are whole microseconds since the epoch, UTC: exact in a BIGINT on every database. */
final class AuditTime {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private AuditTime() {
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Microseconds since the epoch, rounded down; saturates far outside the years the platform will see. */
    static long toMicros(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Microseconds since the epoch, rounded up: the first whole microsecond at or after the instant. */
    static long toMicrosCeiling(Instant instant) {
        long micros = toMicros(instant);
        return instant.getNano() % 1000 != 0 && micros != Long.MAX_VALUE ? micros + 1 : micros;
    }

    static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
    }
}
