package org.zhicheng.core.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.security.LoginLockedException;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.audit.AuditLogImpl;

/** Issue 15, item 2: login throttling, the hash's iterations and the memory of verified credentials, on real Derby. */
class LoginSecurityTest {

    private static final Actor ADMIN = CoreActors.issue(Actor.admin("admin"));
    private static final Actor SYSTEM = CoreActors.system("demo-data");
    private static final char[] RIGHT = "tarim-river-7".toCharArray();
    private static final char[] WRONG = "tarim-river-8".toCharArray();

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2023-08-14T02:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private DerbyJpa jpa;
    private AuditLogImpl audit;
    private AccountServiceImpl accounts;
    private final Hand clock = new Hand();

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        audit = new AuditLogImpl(jpa);
        // 3 failures lock an account for 60 s; 6 lock an address; no delay, so that the test runs fast
        accounts = node();
        accounts.createAccount(Actor.countyBureau("kuqa-hr", "库车市"), RIGHT, ADMIN);
        accounts.createAccount(Actor.countyBureau("wensu-hr", "温宿县"), RIGHT, ADMIN);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private String storedHash(String username) {
        return jpa.txExpr(TransactionType.Required, em -> em.find(AccountEntity.class, username).getPasswordHash());
    }

    /** One node of the platform on the shared database: 3 failures lock an account for 60 s, 6 an address; no delay. */
    private AccountServiceImpl node() {
        return new AccountServiceImpl(jpa, audit, new LoginThrottle(jpa, 3, 6, Duration.ofSeconds(60), Duration.ZERO,
                Duration.ZERO), new VerifiedCredentials(Duration.ofMinutes(5)), clock);
    }

    @Test
    void nodesBehindALoadBalancerShareTheCountsAndARestartKeepsThem() {
        AccountServiceImpl other = node();
        assertTrue(accounts.authenticate("kuqa-hr", WRONG, "10.0.0.1").isEmpty());
        assertTrue(other.authenticate("kuqa-hr", WRONG, "10.0.0.3").isEmpty());
        assertTrue(accounts.authenticate("kuqa-hr", WRONG, "10.0.0.4").isEmpty()); // the third, over two nodes, locks
        assertThrows(LoginLockedException.class, () -> other.authenticate("kuqa-hr", RIGHT, "10.0.0.2"));
        AccountServiceImpl restarted = node();
        LoginLockedException locked = assertThrows(LoginLockedException.class,
                () -> restarted.authenticate("kuqa-hr", RIGHT, "10.0.0.2"));
        assertEquals(clock.now.plusSeconds(60), locked.retryAt());
        assertTrue(other.authenticate("wensu-hr", RIGHT, "10.0.0.2").isPresent(), "another account is not locked");
        clock.now = clock.now.plusSeconds(61);
        assertTrue(restarted.authenticate("kuqa-hr", RIGHT, "10.0.0.2").isPresent());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockoutEnds() {
        assertTrue(accounts.authenticate("kuqa-hr", WRONG, "10.0.0.1").isEmpty());
        assertTrue(accounts.authenticate("kuqa-hr", WRONG, "10.0.0.1").isEmpty());
        assertTrue(accounts.authenticate("kuqa-hr", WRONG, "10.0.0.1").isEmpty()); // the third locks
        LoginLockedException locked = assertThrows(LoginLockedException.class,
                () -> accounts.authenticate("kuqa-hr", RIGHT, "10.0.0.2"));
        assertEquals("LOGIN_LOCKED", locked.code());
        assertEquals(clock.now.plusSeconds(60), locked.retryAt());
        assertEquals(60, locked.retryAfterSeconds(clock.now));
        assertTrue(locked.chineseMessage().contains("北京时间10:01:00之后重试"), locked.chineseMessage());
        // another account is not locked by it
        assertTrue(accounts.authenticate("wensu-hr", RIGHT, "10.0.0.2").isPresent());

        clock.now = clock.now.plusSeconds(59);
        assertThrows(LoginLockedException.class, () -> accounts.authenticate("kuqa-hr", RIGHT, "10.0.0.2"));
        clock.now = clock.now.plusSeconds(2);
        assertTrue(accounts.authenticate("kuqa-hr", RIGHT, "10.0.0.2").isPresent());

        // audited: each failure and the lockout, with the client's address
        List<AuditEntry> entries = audit.entries("account:kuqa-hr");
        assertEquals(3, entries.stream().filter(e -> e.action().equals("LOGIN_FAILED")).count());
        AuditEntry lockout = entries.stream().filter(e -> e.action().equals("LOGIN_LOCKED")).findFirst().orElseThrow();
        assertTrue(lockout.detail().contains("10.0.0.1"), lockout.detail());
        assertTrue(audit.verify().intact());
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedToo() {
        for (int i = 0; i < 6; i++) {
            assertTrue(accounts.authenticate("guess-" + i, WRONG, "10.6.6.6").isEmpty());
        }
        assertThrows(LoginLockedException.class, () -> accounts.authenticate("wensu-hr", RIGHT, "10.6.6.6"));
        assertTrue(accounts.authenticate("wensu-hr", RIGHT, "10.0.0.9").isPresent(), "only that address is locked");
    }

    @Test
    void failuresAreForgottenAfterAQuietLockoutPeriodAndASuccessClearsTheAccountsCount() {
        accounts.authenticate("kuqa-hr", WRONG, null);
        accounts.authenticate("kuqa-hr", WRONG, null);
        assertTrue(accounts.authenticate("kuqa-hr", RIGHT, null).isPresent());
        accounts.authenticate("kuqa-hr", WRONG, null);
        accounts.authenticate("kuqa-hr", WRONG, null);
        clock.now = clock.now.plusSeconds(61);
        accounts.authenticate("kuqa-hr", WRONG, null);
        assertTrue(accounts.authenticate("kuqa-hr", RIGHT, null).isPresent(), "never three failures in a row within 60 s");
    }

    @Test
    void theGrowingDelayDoublesUpToItsCap() {
        LoginThrottle throttle = new LoginThrottle(jpa, 10, 100, Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofMillis(500));
        Instant now = clock.now;
        List<Long> delays = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            delays.add(throttle.failed("kuqa-hr", "10.0.0.1", now).delay().toMillis());
        }
        assertEquals(List.of(100L, 200L, 400L, 500L, 500L), delays);
    }

    @Test
    void newHashesTake600000IterationsAndOlderOnesAreUpgradedAtTheNextLogin() {
        assertEquals(600_000, PasswordHashing.iterations(storedHash("kuqa-hr")));
        // the demo's accounts keep their published password and the older count, outside the new-password policy
        accounts.createDemoAccount(Actor.countyBureau("xinhe-edu", "新和县"), "zhicheng".toCharArray(), SYSTEM);
        String legacy = storedHash("xinhe-edu");
        assertEquals(60_000, PasswordHashing.iterations(legacy));
        assertTrue(accounts.authenticate("xinhe-edu", WRONG, null).isEmpty());
        assertEquals(legacy, storedHash("xinhe-edu"), "a failed login upgrades nothing");
        assertTrue(accounts.authenticate("xinhe-edu", "zhicheng".toCharArray(), null).isPresent());
        String upgraded = storedHash("xinhe-edu");
        assertEquals(600_000, PasswordHashing.iterations(upgraded));
        assertTrue(PasswordHashing.matches("zhicheng".toCharArray(), upgraded));
        assertTrue(accounts.authenticate("xinhe-edu", "zhicheng".toCharArray(), null).isPresent());
        // only core's system actor seeds demo accounts
        assertEquals("FORBIDDEN", assertThrows(org.zhicheng.api.service.ZhichengException.class,
                () -> accounts.createDemoAccount(Actor.countyBureau("x-hr", "新和县"), "zhicheng".toCharArray(), ADMIN)).code());
    }

    @Test
    void aRememberedLoginServesOnlyTheExactPasswordAndAResetForgetsIt() {
        assertTrue(accounts.authenticate("kuqa-hr", RIGHT, null).isPresent()); // verified once, remembered
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", WRONG, null), "a wrong password is never served from memory");
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", "tarim-river-7 ".toCharArray(), null));
        assertTrue(accounts.authenticate("kuqa-hr", RIGHT, null).isPresent());

        accounts.resetPassword("kuqa-hr", "kumtag-desert-3".toCharArray(), ADMIN);
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", RIGHT, null), "the old password is forgotten at once");
        assertTrue(accounts.authenticate("kuqa-hr", "kumtag-desert-3".toCharArray(), null).isPresent());
        accounts.setEnabled("kuqa-hr", false, ADMIN);
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", "kumtag-desert-3".toCharArray(), null),
                "a disabled account logs in no more, remembered or not");
        assertFalse(new VerifiedCredentials(Duration.ofMinutes(5)).remembered("kuqa-hr", RIGHT, clock.now));
    }
}
