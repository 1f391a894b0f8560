package org.zhicheng.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.core.internal.DerbyJpa;

/** The audit log on the real persistence unit and a fresh Derby database per test. */
class AuditLogImplTest {

    private static final Instant T0 = Instant.parse("2023-08-01T02:00:00.123456789Z");

    private DerbyJpa jpa;
    private TestClock clock;
    private AuditLogImpl audit;

    @BeforeEach
    void open() {
        jpa = new DerbyJpa();
        clock = new TestClock(T0);
        audit = new AuditLogImpl(jpa, clock);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private List<AuditEntry> recordMany(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            clock.advance(Duration.ofSeconds(1));
            entries.add(audit.record("reviewer" + (i % 3), "APPLICATION_REVIEWED", "application:" + i, "复核意见 " + i));
        }
        return entries;
    }

    private void tamper(String jpql, Object... parameters) {
        int changed = jpa.txExpr(TransactionType.Required, em -> {
            javax.persistence.Query query = em.createQuery(jpql);
            for (int i = 0; i < parameters.length; i += 2) {
                query.setParameter((String) parameters[i], parameters[i + 1]);
            }
            return query.executeUpdate();
        });
        assertEquals(1, changed, "tampered rows");
    }

    @Test
    void everyEntryIsChainedToThePreviousOne_R36() {
        AuditEntry first = audit.record(" 张审核 ", "APPLICATION_SUBMITTED", "application:42", null);
        clock.advance(Duration.ofMinutes(5));
        AuditEntry second = audit.record("county-hr:李四", "APPLICATION_RETURNED", "application:42", "学历证书扫描件不清晰\n请重新上传");
        AuditEntry other = audit.record("system", "SCORE_SHEET_SUBMITTED", "application:7", "");

        assertEquals(1, first.sequence());
        assertEquals(AuditHash.GENESIS, first.previousHash());
        assertEquals("张审核", first.actor());
        assertEquals("", first.detail());
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), first.at());
        assertEquals(2, second.sequence());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(3, other.sequence());
        assertEquals(second.hash(), other.previousHash());
        for (AuditEntry e : List.of(first, second, other)) {
            assertTrue(e.hash().matches("[0-9a-f]{64}"), e.hash());
            assertEquals(AuditHash.of(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.previousHash(),
                    e.platformDate()), e.hash());
        }

        assertEquals(List.of(first, second), audit.entries("application:42"), "read back exactly as recorded, oldest first");
        assertEquals(3, audit.count());
        assertEquals(new AuditVerification(true, 3, 0, ""), audit.verify());
    }

    @Test
    void emptyLogIsIntact_R36() {
        assertEquals(new AuditVerification(true, 0, 0, ""), audit.verify());
        assertEquals(0, audit.count());
        // a second instance on the same database (a restart) keeps the head it finds
        audit.record("a", "X", "s:1", "");
        assertEquals(2, new AuditLogImpl(jpa, clock).record("b", "Y", "s:1", "").sequence());
    }

    @Test
    void hashEncodingIsUnambiguousAndDocumented_R36() throws Exception {
        Instant at = Instant.parse("2023-08-01T00:00:00.000001Z");
        String ab = AuditHash.of(1, at, "ab", "X", "s", "", AuditHash.GENESIS);
        assertFalse(ab.equals(AuditHash.of(1, at, "a", "X", "bs", "", AuditHash.GENESIS)), "field boundaries count");
        assertFalse(ab.equals(AuditHash.of(1, at, "ab", "X", "s", null, AuditHash.GENESIS)), "missing is not empty");
        assertFalse(ab.equals(AuditHash.of(1, at.plusNanos(1000), "ab", "X", "s", "", AuditHash.GENESIS)));
        assertFalse(ab.equals(AuditHash.of(11, at, "ab", "X", "s", "", AuditHash.GENESIS)));

        // the format as the class comment gives it, built by hand, so that an auditor's tool can do the same
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(expected);
        for (String field : new String[] {"zhicheng-audit-v1", "7", "1690848000000001000", "张三", "APPLICATION_SUBMITTED",
                "application:42", "", AuditHash.GENESIS}) {
            byte[] bytes = field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        byte[] encoded = AuditHash.encode(7, at, "张三", "APPLICATION_SUBMITTED", "application:42", "", AuditHash.GENESIS);
        assertEquals(java.util.HexFormat.of().formatHex(expected.toByteArray()), java.util.HexFormat.of().formatHex(encoded));
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(encoded)),
                AuditHash.of(7, at, "张三", "APPLICATION_SUBMITTED", "application:42", "", AuditHash.GENESIS));
    }

    @Test
    void alteredEntryIsDetected_R36() {
        recordMany(10);
        tamper("UPDATE AuditEntryEntity e SET e.detail = :detail WHERE e.sequence = :sequence",
                "detail", "同意", "sequence", 5L);

        AuditVerification verification = audit.verify();
        assertFalse(verification.intact());
        assertEquals(5, verification.firstBrokenSequence());
        assertEquals(5, verification.entriesChecked());
        assertTrue(verification.problem().startsWith("hash mismatch"), verification.problem());
    }

    @Test
    void alteredTimeOrActorIsDetectedEvenBehindEclipseLinksBack_R36() {
        recordMany(4);
        assertTrue(audit.verify().intact()); // EclipseLink has read every row once
        int changed = jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery(
                "UPDATE ZC_AUDIT SET AT_EPOCH_MICROS = AT_EPOCH_MICROS - 3600000000 WHERE SEQUENCE_NO = 3").executeUpdate());
        assertEquals(1, changed);

        AuditVerification verification = audit.verify();
        assertEquals(3, verification.firstBrokenSequence(), verification.problem());
        assertTrue(verification.problem().startsWith("hash mismatch"), verification.problem());
    }

    @Test
    void rehashedAlteredEntryBreaksTheLinkToTheNext_R36() {
        List<AuditEntry> entries = recordMany(10);
        AuditEntry e = entries.get(4);
        String forged = AuditHash.of(e.sequence(), e.at(), "someone-else", e.action(), e.subject(), e.detail(), e.previousHash(),
                e.platformDate());
        tamper("UPDATE AuditEntryEntity e SET e.actor = :actor, e.hash = :hash WHERE e.sequence = 5",
                "actor", "someone-else", "hash", forged);

        AuditVerification verification = audit.verify();
        assertEquals(6, verification.firstBrokenSequence(), verification.problem());
        assertTrue(verification.problem().startsWith("link broken"), verification.problem());
    }

    @Test
    void rehashedLastEntryIsDetectedByTheHead_R36() {
        List<AuditEntry> entries = recordMany(3);
        AuditEntry e = entries.get(2);
        String forged = AuditHash.of(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), "不同意", e.previousHash(),
                e.platformDate());
        tamper("UPDATE AuditEntryEntity e SET e.detail = :detail, e.hash = :hash WHERE e.sequence = 3",
                "detail", "不同意", "hash", forged);

        AuditVerification verification = audit.verify();
        assertEquals(3, verification.firstBrokenSequence(), verification.problem());
        assertFalse(verification.intact());
    }

    @Test
    void deletedEntryIsDetected_R36() {
        recordMany(10);
        tamper("DELETE FROM AuditEntryEntity e WHERE e.sequence = :sequence", "sequence", 5L);

        AuditVerification verification = audit.verify();
        assertFalse(verification.intact());
        assertEquals(5, verification.firstBrokenSequence());
        assertTrue(verification.problem().startsWith("gap in sequence"), verification.problem());
    }

    @Test
    void deletedLastEntryIsDetected_R36() {
        recordMany(10);
        tamper("DELETE FROM AuditEntryEntity e WHERE e.sequence = 10");

        AuditVerification verification = audit.verify();
        assertEquals(10, verification.firstBrokenSequence(), verification.problem());
        assertEquals(9, verification.entriesChecked());
        assertTrue(verification.problem().contains("removed from the end"), verification.problem());
    }

    @Test
    void deletedHeadIsDetectedAndStopsAppends_R36() {
        recordMany(2);
        tamper("DELETE FROM AuditHeadEntity h");

        assertEquals(3, audit.verify().firstBrokenSequence());
        // a restart does not quietly make a new head for a log that has entries
        AuditLogImpl restarted = new AuditLogImpl(jpa, clock);
        assertThrows(IllegalStateException.class, () -> restarted.record("a", "X", "s:1", ""));
        assertEquals(2, audit.count());
    }

    @Test
    void verifyWalksTheWholeLogPageByPage_R36() {
        int n = 2 * AuditLogImpl.VERIFY_PAGE_SIZE + 37;
        jpa.tx(TransactionType.Required, em -> {
            for (int i = 1; i <= n; i++) {
                audit.record(em, "batch", "DEMO_DATA_LOADED", "applicant:" + i, "");
            }
        });
        assertEquals(new AuditVerification(true, n, 0, ""), audit.verify());

        tamper("UPDATE AuditEntryEntity e SET e.subject = 'applicant:0' WHERE e.sequence = :sequence", "sequence", (long) n - 1);
        AuditVerification verification = audit.verify();
        assertEquals(n - 1, verification.firstBrokenSequence());
        assertEquals(n - 1, verification.entriesChecked());
    }

    @Test
    void concurrentAppendsKeepOneChain_R36() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "reviewer-" + t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        audit.record(actor, "APPLICATION_REVIEWED", "application:" + i, "thread " + actor);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(new AuditVerification(true, threads * perThread, 0, ""), audit.verify());
        List<AuditEntry> all = audit.search(null, null, null, null, null, 0, 1000);
        assertEquals(LongStream.rangeClosed(1, threads * perThread).boxed().toList(),
                all.stream().map(AuditEntry::sequence).sorted().toList());
        for (int t = 0; t < threads; t++) {
            assertEquals(perThread, audit.search("reviewer-" + t, null, null, null, null, 0, 1000).size());
        }
    }

    @Test
    void entriesJoinTheCallersTransaction_R36() {
        audit.record("a", "APPLICATION_CREATED", "application:1", "");
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> jpa.tx(TransactionType.Required, em -> {
            audit.record(em, "b", "APPLICATION_SUBMITTED", "application:1", "");
            audit.record(em, "b", "APPLICATION_SUBMITTED", "application:2", "");
            throw new IllegalStateException("the state change failed");
        }));
        assertEquals("the state change failed", failure.getMessage());
        assertEquals(1, audit.count(), "the entries went with the failed transaction");
        assertTrue(audit.entries("application:2").isEmpty());

        List<AuditEntry> committed = jpa.txExpr(TransactionType.Required, em -> List.of(
                audit.record(em, "c", "APPLICATION_SUBMITTED", "application:1", "第1次提交"),
                audit.record(em, "c", "APPLICATION_RECEIVED", "application:1", "")));
        assertEquals(List.of(2L, 3L), committed.stream().map(AuditEntry::sequence).toList());
        assertEquals(committed.get(0).hash(), committed.get(1).previousHash());
        assertEquals(new AuditVerification(true, 3, 0, ""), audit.verify());
    }

    @Test
    void timeNeverRunsBackwards_R36() {
        AuditEntry first = audit.record("a", "X", "s:1", "");
        clock.set(T0.minus(Duration.ofHours(1)));
        AuditEntry second = audit.record("a", "X", "s:1", "");
        assertEquals(first.at(), second.at());
        assertTrue(audit.verify().intact());
    }

    @Test
    void badInputsAreRefused_R36() {
        assertRefused("操作人不能为空 / actor is required", () -> audit.record(" ", "X", "s:1", ""));
        assertRefused("操作人不能为空 / actor is required", () -> audit.record((String) null, "X", "s:1", ""));
        assertRefused("操作类型不能为空 / action is required", () -> audit.record("a", "", "s:1", ""));
        assertRefused("操作对象不能为空 / subject is required", () -> audit.record("a", "X", "\u3000", ""));
        assertRefused("说明不能超过2000个字符（现为2001个） / detail may have at most 2000 characters, not 2001",
                () -> audit.record("a", "X", "s:1", "长".repeat(2001)));
        assertRefused("操作人不能超过100个字符", () -> audit.record("a".repeat(101), "X", "s:1", ""));
        assertRefused("操作类型须为大写字母", () -> audit.record("a", "application submitted", "s:1", ""));
        assertRefused("操作对象含有控制字符", () -> audit.record("a", "X", "s:\u00001", ""));
        assertRefused("说明含有无效字符", () -> audit.record("a", "X", "s:1", "bad \uD800 surrogate"));
        assertRefused("分页参数无效", () -> audit.search(null, null, null, null, null, 0, 0));
        assertRefused("分页参数无效", () -> audit.search(null, null, null, null, null, 0, 1001));
        assertRefused("分页参数无效", () -> audit.search(null, null, null, null, null, -1, 10));
        assertRefused("起始时间晚于截止时间", () -> audit.search(null, null, null, T0, T0.minusSeconds(1), 0, 10));
        assertRefused("操作对象不能为空", () -> audit.entries(""));
        assertEquals(0, audit.count(), "nothing refused was recorded");

        AuditEntry longest = audit.record("a".repeat(100), "A".repeat(64), "s".repeat(200), "长".repeat(2000) + "\n");
        assertEquals(2000, longest.detail().length());
        assertEquals(longest, audit.entries("s".repeat(200)).get(0));
        assertTrue(audit.verify().intact());
    }

    private static void assertRefused(String messageStart, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertTrue(e.getMessage().contains(" / "), "bilingual: " + e.getMessage());
    }

    @Test
    void searchFiltersAPageNewestFirst_R36() {
        AuditEntry a1 = audit.record("张三", "APPLICATION_SUBMITTED", "application:1", "");
        clock.advance(Duration.ofHours(1));
        AuditEntry a2 = audit.record("李四", "APPLICATION_RETURNED", "application:1", "材料不全");
        clock.advance(Duration.ofHours(1));
        AuditEntry b = audit.record("李四", "APPLICATION_RETURNED", "application:12", "材料不全");
        AuditEntry odd = audit.record("李四", "SCORE_SHEET_SUBMITTED", "app_x:1", "");
        AuditEntry lookalike = audit.record("李四", "SCORE_SHEET_SUBMITTED", "appXx:1", "");

        assertEquals(List.of(lookalike, odd, b, a2, a1), audit.search(null, null, null, null, null, 0, 10));
        assertEquals(List.of(b, a2), audit.search("李四", "APPLICATION_RETURNED", null, null, null, 0, 10));
        assertEquals(List.of(b, a2, a1), audit.search(null, null, "application:1", null, null, 0, 10));
        assertEquals(List.of(odd), audit.search(null, null, "app_", null, null, 0, 10), "'_' is no wildcard");
        assertEquals(List.of(a2), audit.search(null, null, "application:", null, null, 1, 1));
        assertEquals(List.of(a2, a1), audit.search(null, null, null, null, b.at(), 0, 10), "to is exclusive");
        assertEquals(List.of(lookalike, odd, b, a2), audit.search(null, null, null, a2.at(), null, 0, 10), "from is inclusive");
        assertEquals(List.of(a2), audit.search(null, null, null, a2.at(), a2.at().plusNanos(1), 0, 10));
        assertEquals(List.of(), audit.search(null, null, null, a2.at().plusNanos(1), b.at(), 0, 10), "no rounding down of from");
        assertEquals(List.of(a1), audit.search(" 张三 ", " ", "", null, null, 0, 10), "blank filters mean any");
    }

    @Test
    void recordOutsideATransactionIsRefused_R36() {
        jpa.tx(TransactionType.Required, em -> {
            javax.persistence.EntityManager other = em.getEntityManagerFactory().createEntityManager();
            try {
                assertThrows(IllegalStateException.class, () -> audit.record(other, "a", "X", "s:1", ""));
            } finally {
                other.close();
            }
        });
        assertEquals(0, audit.count());
    }

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
