package org.zhicheng.core.internal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.zhicheng.api.security.LoginLockedException;

/**
 * Issue 15: failed logins are counted per account and per client address. Each failure is answered after a growing
 * delay; too many within the lockout period lock the account (or address) until the period has passed, and a locked
 * one is refused even with the right password. The counts are rows of the database ({@link LoginFailureEntity}), so
 * that all nodes behind a load balancer share them and a restart keeps them.
 */
final class LoginThrottle {

    /** What a failure did: how long to delay its answer, and whether it locked the account or address. */
    record Failure(Duration delay, boolean locked, int count) {
    }

    /** Rows of quiet, unlocked keys are removed every this many failures (bounded table against made-up names). */
    private static final int PURGE_EVERY = 64;
    /** Attempts at counting one failure: two nodes may race to insert the same key's first row. */
    private static final int ATTEMPTS = 3;

    private final JpaTemplate jpa;
    private final int accountMax;
    private final int addressMax;
    private final Duration lockout;
    private final Duration delay;
    private final Duration maxDelay;
    private final AtomicInteger sincePurge = new AtomicInteger();

    LoginThrottle(JpaTemplate jpa, LoginConfiguration config) {
        this(jpa, config.accountMaxFailures(), config.addressMaxFailures(), Duration.ofSeconds(config.lockoutSeconds()),
                Duration.ofMillis(config.delayMillis()), Duration.ofMillis(config.maxDelayMillis()));
    }

    LoginThrottle(JpaTemplate jpa, int accountMax, int addressMax, Duration lockout, Duration delay, Duration maxDelay) {
        this.jpa = jpa;
        this.accountMax = Math.max(1, accountMax);
        this.addressMax = Math.max(1, addressMax);
        this.lockout = lockout.isNegative() ? Duration.ZERO : lockout;
        this.delay = delay.isNegative() ? Duration.ZERO : delay;
        this.maxDelay = maxDelay.isNegative() ? Duration.ZERO : maxDelay;
    }

    /** Refuses ({@code LOGIN_LOCKED}, with when to retry) while the account or the address is locked. */
    void requireOpen(String username, String address, Instant now) {
        Instant until = jpa.txExpr(TransactionType.Required, em -> later(lockedUntil(em, accountKey(username), now),
                address == null ? null : lockedUntil(em, addressKey(address), now)));
        if (until != null) {
            throw LoginLockedException.until(until);
        }
    }

    /** Counts a failure in its own transaction (call it outside the login's), so that it stays counted. */
    Failure failed(String username, String address, Instant now) {
        if (sincePurge.incrementAndGet() >= PURGE_EVERY) {
            sincePurge.set(0);
            jpa.tx(TransactionType.Required, em -> em.createNamedQuery(LoginFailureEntity.EXPIRED)
                    .setParameter("quietSince", now.minus(lockout)).setParameter("now", now).executeUpdate());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jpa.txExpr(TransactionType.Required, em -> {
                    LoginFailureEntity account = count(em, accountKey(username), now, accountMax);
                    LoginFailureEntity client = address == null ? null : count(em, addressKey(address), now, addressMax);
                    boolean locked = isLocked(account, now) || client != null && isLocked(client, now);
                    int n = Math.max(shown(account), client == null ? 0 : shown(client));
                    Duration wait = delay.multipliedBy(1L << Math.min(20, Math.max(0, n - 1)));
                    return new Failure(wait.compareTo(maxDelay) > 0 ? maxDelay : wait, locked, n);
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e; // another node inserted the key's row meanwhile: the next attempt updates it
                }
            }
        }
    }

    /** A successful login clears its account's count (not its address's: one's own account proves nothing of others). */
    void succeeded(String username) {
        jpa.tx(TransactionType.Required, em -> em.createNamedQuery(LoginFailureEntity.FORGET)
                .setParameter("key", accountKey(username)).executeUpdate());
    }

    private LoginFailureEntity count(EntityManager em, String key, Instant now, int max) {
        LoginFailureEntity failures = em.find(LoginFailureEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            failures = new LoginFailureEntity(key, now);
            em.persist(failures);
            em.flush(); // a duplicate key (another node's first failure) fails here, and the attempt is repeated
        } else if (failures.getLastFailure().plus(lockout).isBefore(now)) {
            failures.setFailures(0); // forgotten after a quiet lockout period
        }
        failures.setFailures(failures.getFailures() + 1);
        failures.setLastFailure(now);
        if (failures.getFailures() >= max) {
            failures.setLockedUntil(now.plus(lockout));
            failures.setFailures(0);
            failures.setLastFailure(now);
        }
        return failures;
    }

    /** The count a failure reports: the one that locked reads as the maximum, as before the row was reset. */
    private int shown(LoginFailureEntity failures) {
        return failures.getFailures() == 0 ? (failures.getThrottleKey().startsWith("account:") ? accountMax : addressMax)
                : failures.getFailures();
    }

    private static boolean isLocked(LoginFailureEntity failures, Instant now) {
        return failures.getLockedUntil() != null && failures.getLockedUntil().isAfter(now);
    }

    private static Instant lockedUntil(EntityManager em, String key, Instant now) {
        LoginFailureEntity failures = em.find(LoginFailureEntity.class, key);
        return failures != null && isLocked(failures, now) ? failures.getLockedUntil() : null;
    }

    private static String accountKey(String username) {
        return clip("account:" + username);
    }

    private static String addressKey(String address) {
        return clip("address:" + address);
    }

    private static String clip(String key) {
        return key.length() > LoginFailureEntity.MAX_KEY ? key.substring(0, LoginFailureEntity.MAX_KEY) : key;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
