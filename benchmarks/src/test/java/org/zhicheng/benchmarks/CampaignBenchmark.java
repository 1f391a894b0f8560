package org.zhicheng.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.core.internal.CampaignRun;

/**
 * Issue 16, item 1: a campaign of N files through core's services on real Derby against plain JDBC batches writing the
 * same rows to the same Derby. Then the same once more with Derby's log not synced to disk at each commit, which
 * shows how much of the ratio is the durable commit of each act. Fails only when the campaign cannot run, never on a
 * time. Options: -Dbench.campaign.files, -Dbench.campaign.runs, -Dbench.threads (acts at once in the second
 * measurement; 1 leaves it out), -Dbench.campaign.warmup (files of the untimed first campaign), -Dbench.diagnose,
 * -Dbench.campaign.db=derby|postgresql|both (the same campaign and baseline on a PostgreSQL server started for the
 * run; both by default where PostgreSQL is installed; the diagnosis without log syncs is Derby's only),
 * -Dbench.campaign.serial=false (the N threads only; the default at full scale, which also runs 10,000 files on
 * PostgreSQL unless -Dbench.campaign.postgresql.files says otherwise).
 */
class CampaignBenchmark {

    /** Derby's switch for not syncing its log at commit; read when a database boots. */
    private static final String DURABILITY = "derby.system.durability";

    private record Result(double campaign, double baseline, double ratio, long rows, int tables, Map<String, Double> stages,
                          Map<String, Integer> statements) {
    }

    /**
     * Where each campaign runs: a new embedded Derby under the work folder, or a new database on the one PostgreSQL
     * server of this run (issue 16 item 1); the JDBC baseline writes to the same database.
     */
    private record Store(Postgres server) {

        CampaignRun open(String name, int threads) throws Exception {
            if (server == null) {
                return new CampaignRun(Report.work().resolve(name), threads);
            }
            server.create(name);
            return CampaignRun.on(server.dataSource(name, threads + 2), threads);
        }

        JdbcBaseline baseline(String name) throws Exception {
            return server == null ? new JdbcBaseline(Report.work().resolve(name)) : new JdbcBaseline(server.url(name));
        }

        /** After the campaign's persistence unit is closed. */
        void dispose(String name) throws Exception {
            if (server == null) {
                JdbcBaseline.shutdown(Report.work().resolve(name));
                Karaf.deleteTree(Report.work().resolve(name));
            } else {
                server.drop(name);
            }
        }

        String label() {
            return server == null ? "" : " on PostgreSQL " + server.version();
        }

        String database() {
            return server == null ? "Derby" : "PostgreSQL database";
        }
    }

    private static Store store = new Store(null);

    @Test
    void campaignAgainstJdbcBatches() throws Exception {
        // both where PostgreSQL's binaries are installed (CI's .ci/run installs them; its smoke run costs about 20 s)
        String db = System.getProperty("bench.campaign.db", Postgres.installed() ? "both" : "derby");
        if (!List.of("derby", "postgresql", "both").contains(db)) {
            throw new IllegalArgumentException("-Dbench.campaign.db is derby, postgresql or both, not '" + db + "'");
        }
        if (!db.equals("postgresql")) {
            campaign();
        }
        if (db.equals("derby")) {
            return;
        }
        try (Postgres server = Postgres.start()) {
            store = new Store(server);
            campaign();
        } finally {
            store = new Store(null);
        }
    }

    private static void campaign() throws Exception {
        // full scale: the 100,000 files on Derby; on PostgreSQL 10,000 unless told (-Dbench.campaign.postgresql.files),
        // as 100,000 more there would double a full run that already takes over an hour
        int files = Integer.getInteger("bench.campaign.files", !Report.full() ? 30
                : store.server() == null ? 100_000 : Integer.getInteger("bench.campaign.postgresql.files", 10_000));
        int runs = Integer.getInteger("bench.campaign.runs", 1);
        // many applicants and offices act at once: -Dbench.threads acts at a time besides the one-at-a-time run
        int threads = Integer.getInteger("bench.threads", 4);
        warmUp(Integer.getInteger("bench.campaign.warmup", 10));
        // -Dbench.campaign.serial=false: only the N threads (a long campaign on a slow disk: half the time); the default
        // at full scale, where one act at a time through 100,000 files would take several hours more
        Result durable = null;
        if (Boolean.parseBoolean(System.getProperty("bench.campaign.serial", Boolean.toString(!Report.full())))) {
            durable = measure(files, runs, false, 1);
            report(files, runs, 1, durable);
        }
        Result concurrent = null;
        if (threads > 1) {
            concurrent = measure(files, runs, false, threads);
            report(files, runs, threads, concurrent);
        }
        if (!Report.full() && !Boolean.getBoolean("bench.diagnose") || store.server() != null || durable == null) {
            return; // the diagnosis doubles a smoke run's time: full runs (or -Dbench.diagnose=true) only; Derby's switch
        }
        Result unsynced = measure(files, 1, true, 1);
        Report.add(new Report.Row("Campaign, diagnosis: the same with Derby's log not synced at commit (" + DURABILITY
                + "=test, 1 run, 1 thread)", Report.seconds(unsynced.campaign()), Report.seconds(unsynced.baseline()),
                Report.ratio(unsynced.ratio()), "",
                String.format(Locale.ROOT, "the durable commits are %.0f%% of the one-thread campaign's time; never for production",
                        100 * (1 - unsynced.campaign() / durable.campaign()))));
        if (concurrent != null) {
            Result unsyncedConcurrent = measure(files, 1, true, threads);
            Report.add(new Report.Row("Campaign, diagnosis: log not synced, " + threads + " threads",
                    Report.seconds(unsyncedConcurrent.campaign()), Report.seconds(unsyncedConcurrent.baseline()),
                    Report.ratio(unsyncedConcurrent.ratio()), "", "never for production"));
        }
    }

    /**
     * An untimed campaign of a few files in a database of its own first: the first acts of a JVM run its code cold
     * (class loading, the JIT), which at smoke scale was a large part of the first measured run; the platform's JVM
     * is warm after its first minutes.
     */
    private static void warmUp(int files) throws Exception {
        if (files < 1) {
            return;
        }
        String database = name("warm-up");
        try (CampaignRun c = store.open(database, 1)) {
            c.run(files);
        } finally {
            store.dispose(database);
        }
    }

    private static void report(int files, int runs, int threads, Result result) {
        String acting = threads == 1 ? "one act at a time" : threads + " threads acting at once";
        String figure = "Campaign%s: %,d files, filing to certificate, through core's services, %s (median of %d)"
                .formatted(store.label(), files, acting, runs);
        Report.add(new Report.Row(figure, Report.seconds(result.campaign()), Report.seconds(result.baseline()),
                Report.ratio(result.ratio()), "≤ 2.0×",
                "baseline: the same %,d rows of %d tables written by plain JDBC batches (1,000 a commit) to the same %s"
                        .formatted(result.rows(), result.tables(), store.database())));
        for (Map.Entry<String, Double> stage : result.stages().entrySet()) {
            Report.add(new Report.Row("— " + stage.getKey(), Report.seconds(stage.getValue()), "",
                    String.format(Locale.ROOT, "%.1f ms/file", stage.getValue() / 1e6 / files), "", ""));
        }
        result.statements().forEach((act, count) -> Report.add(new Report.Row("— SQL statements of one more file: " + act,
                Integer.toString(count), "", "", "", "diagnosis (issue 16 item 1): shared cache emptied first")));
    }

    /** A new database's name (a folder for Derby; PostgreSQL folds unquoted names to lower case). */
    private static String name(String what) {
        return "campaign_" + what.replace('-', '_') + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Result measure(int files, int runs, boolean unsynced, int threads) throws Exception {
        double[] campaign = new double[runs];
        double[] baseline = new double[runs];
        double[] ratios = new double[runs];
        Map<String, double[]> stages = new LinkedHashMap<>();
        long rows = 0;
        int tables = 0;
        Map<String, Integer> statements = Map.of();
        for (int run = 0; run < runs; run++) {
            String database = name("run");
            if (unsynced) {
                System.setProperty(DURABILITY, "test");
            }
            Map<String, Long> times;
            try (CampaignRun c = store.open(database, threads)) {
                times = c.run(files);
                int r = run;
                times.forEach((stage, nanos) -> stages.computeIfAbsent(stage, s -> new double[runs])[r] = nanos);
                campaign[run] = times.values().stream().mapToLong(Long::longValue).sum();
                // while the campaign's database is up, booted as the campaign had it
                JdbcBaseline jdbc = store.baseline(database);
                rows = jdbc.rows();
                tables = jdbc.tables();
                baseline[run] = jdbc.write();
                if (run == 0 && !unsynced && threads == 1) {
                    statements = c.statementsPerAct(files); // after the baseline, which wrote to copies of the tables
                }
            } finally {
                System.clearProperty(DURABILITY);
            }
            store.dispose(database);
            ratios[run] = campaign[run] / baseline[run];
            System.out.printf(Locale.ROOT, "campaign run %d, %d thread(s)%s: %.1f s, baseline %.2f s (%d rows)%n", run + 1,
                    threads, unsynced ? " (log not synced)" : "", campaign[run] / 1e9, baseline[run] / 1e9, rows);
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        stages.forEach((stage, values) -> medians.put(stage, Report.median(values)));
        return new Result(Report.median(campaign), Report.median(baseline), Report.median(ratios), rows, tables, medians,
                statements);
    }
}
