package org.zhicheng.core.internal.account;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * Issue 15: the failed logins of one account ({@code account:<name>}) or one client address ({@code address:<ip>}),
 * in the database so that every node behind a load balancer counts and locks alike, and a restart forgets nothing.
 */
@Entity
@Table(name = "ZC_LOGIN_FAILURE")
@NamedQuery(name = LoginFailureEntity.FORGET, query = "DELETE FROM LoginFailureEntity f WHERE f.throttleKey = :key")
@NamedQuery(name = LoginFailureEntity.EXPIRED, query = "DELETE FROM LoginFailureEntity f WHERE f.lastFailure < :quietSince"
        + " AND (f.lockedUntil IS NULL OR f.lockedUntil < :now)")
public class LoginFailureEntity {

    static final String FORGET = "LoginFailure.forget";
    static final String EXPIRED = "LoginFailure.expired";
    static final int MAX_KEY = 120;

    @Id
    @Column(name = "THROTTLE_KEY", length = MAX_KEY)
    private String throttleKey;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "LAST_FAILURE", nullable = false)
    private Instant lastFailure;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    protected LoginFailureEntity() {
        // for JPA
    }

    LoginFailureEntity(String throttleKey, Instant now) {
        this.throttleKey = throttleKey;
        this.lastFailure = now;
    }

    String getThrottleKey() {
        return throttleKey;
    }

    int getFailures() {
        return failures;
    }

    void setFailures(int failures) {
        this.failures = failures;
    }

    Instant getLastFailure() {
        return lastFailure;
    }

    void setLastFailure(Instant lastFailure) {
        this.lastFailure = lastFailure;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }
}
