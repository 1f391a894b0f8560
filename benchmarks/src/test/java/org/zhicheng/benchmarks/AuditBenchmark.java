package org.zhicheng.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.audit.AuditCheckpoints;
import org.zhicheng.core.internal.audit.AuditLogImpl;

/**
 * Issue 16, item 6 (the brief's item 4): the audit chain on real Derby with its checkpoints on disk, as core runs it.
 * Appends one entry a transaction (as an act does) at a short and a long chain: the cost must not grow with the chain.
 * A full verification of the long chain, and the incremental one (from the last verified entry, issue 15's
 * checkpoints) after k new entries against the full one. The chain is grown in transactions of 1,000 appends (each
 * hashed and linked exactly as one act's), since a million durable commits would take hours here.
 */
class AuditBenchmark {

    private static final int BATCH = 1_000;
    /** Appends timed one a transaction at each length (median of their per-append times in blocks of 100). */
    private static final int TIMED = Report.full() ? 500 : 200; // smoke: CI's share stays small

    @Test
    void appendAndVerifyAtScale() throws Exception {
        int shortChain = Integer.getInteger("bench.audit.short", Report.full() ? 10_000 : 1_000);
        int longChain = Integer.getInteger("bench.audit.long", Report.full() ? 1_000_000 : 5_000);
        Path database = Report.work().resolve("audit-" + UUID.randomUUID());
        try (DerbyJpa jpa = new DerbyJpa(database.resolve("db"))) {
            AuditCheckpoints checkpoints = new AuditCheckpoints(database.resolve("audit-checkpoints.log"),
                    database.resolve("audit-checkpoint.key"));
            AuditLogImpl audit = new AuditLogImpl(jpa, Clock.systemUTC(), () -> LocalDate.of(2023, 8, 14), checkpoints);

            grow(jpa, audit, shortChain);
            long shortLength = audit.count();
            double appendShort = appends(audit);
            grow(jpa, audit, longChain);
            audit.anchor();
            long longLength = audit.count();
            double appendLong = appends(audit);
            Report.add(new Report.Row("Audit: one append (its own transaction) at %,d entries".formatted(longLength),
                    String.format(Locale.ROOT, "%.2f ms", appendLong / 1e6),
                    String.format(Locale.ROOT, "%.2f ms at %,d", appendShort / 1e6, shortLength), Report.ratio(appendLong / appendShort),
                    "≈ 1.0× (constant)", "median of blocks of 100 appends, %d appends at each length; durable commit each"
                            .formatted(TIMED)));

            long entries = audit.count();
            long start = System.nanoTime();
            AuditVerification full = audit.verify();
            double fullTime = System.nanoTime() - start;
            require(full, entries);
            Report.add(new Report.Row("Audit: full verification of %,d entries".formatted(entries), Report.seconds(fullTime),
                    "", "", "", String.format(Locale.ROOT, "%.1f µs an entry; pages of 500, with its checkpoints",
                            fullTime / 1e3 / entries)));

            for (int k : new int[] {10, 1_000}) {
                for (int i = 0; i < k; i++) {
                    audit.record("bench", "BENCH_APPEND", "bench:" + i, "an act after the verification");
                }
                start = System.nanoTime();
                AuditVerification incremental = audit.verifySinceLast();
                double since = System.nanoTime() - start;
                require(incremental, 0);
                Report.add(new Report.Row("Audit: incremental verification after %,d new entries".formatted(k),
                        String.format(Locale.ROOT, "%.1f ms", since / 1e6), Report.seconds(fullTime),
                        String.format(Locale.ROOT, "%.4f×", since / fullTime), "O(k)",
                        "baseline: the full verification above; from the last verified entry (verifySinceLast)"));
            }
        } finally {
            org.zhicheng.benchmarks.JdbcBaseline.shutdown(database.resolve("db"));
            Karaf.deleteTree(database);
        }
    }

    /** Appends entries, {@value #BATCH} a transaction, until the chain has {@code length}. */
    private static void grow(DerbyJpa jpa, AuditLogImpl audit, long length) {
        long have = audit.count();
        long started = System.nanoTime();
        while (have < length) {
            long from = have;
            int n = (int) Math.min(BATCH, length - have);
            jpa.tx(TransactionType.Required, em -> {
                for (int i = 0; i < n; i++) {
                    long seq = from + i;
                    audit.record(em, "applicant-" + seq % 997, "FILE_SECTION_SAVED", "file:" + seq / 25,
                            "section " + seq % 6 + " saved");
                    // an append leaves its rows to the commit (issue 16), so they are written before the context is
                    // emptied; a context of 1,000 entries would make every flush O(n)
                    em.flush();
                    em.clear();
                }
            });
            have += n;
        }
        if (audit.count() != have) { // the chain's real length, not the loop's: a run whose batches wrote nothing said 10^6
            throw new IllegalStateException("the audit chain has " + audit.count() + " entries, not " + have);
        }
        System.out.printf(Locale.ROOT, "audit chain grown to %,d entries in %.1f s%n", have, (System.nanoTime() - started) / 1e9);
    }

    /** The median time of one append, each its own transaction, in blocks of 100. */
    private static double appends(AuditLogImpl audit) {
        double[] blocks = new double[TIMED / 100];
        for (int b = 0; b < blocks.length; b++) {
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                audit.record("bench", "BENCH_APPEND", "bench:" + i, "one act's entry");
            }
            blocks[b] = (System.nanoTime() - start) / 100.0;
        }
        return Report.median(blocks);
    }

    private static void require(AuditVerification verification, long entries) {
        if (!verification.intact() || verification.entriesChecked() < entries) {
            throw new IllegalStateException("the audit chain did not verify: " + verification);
        }
    }
}
