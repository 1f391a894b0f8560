package org.zhicheng.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.core.internal.CampaignRun;
import org.zhicheng.core.internal.security.CoreActors;

/**
 * Issue 16, item 7 (the brief's item 3): reads with N files in the database (smoke 1,000; full 100,000). A meeting of M
 * candidates (smoke 5, full 500) is made through core's services as the campaign makes it; the N other files are
 * written by JDBC batches as copies of the campaign's own rows (applicant, file, its status change), spread over
 * Aksu's counties, 300 employers, three years and every status, since filing 100,000 through the services takes days
 * here. Then each read many times: p95. Derby's query plans of the reads (derby.language.logQueryPlan) show which
 * tables were read whole: every such scan of a large table is reported, so a missing index shows.
 */
class ReadsBenchmark {

    private static final String[] COUNTIES = {"阿克苏市", "库车市", "温宿县", "沙雅县", "新和县", "拜城县", "乌什县", "阿瓦提县", "柯坪县"};
    private static final int EMPLOYERS = 300;
    private static final long FIRST_ID = 50_000_000L;
    /** A whole-table read of more rows than this is reported as a scan (the small tables are read whole on purpose). */
    private static final int SCAN_ROWS = 1_000;

    @Test
    void readsAtScale() throws Exception {
        int files = Integer.getInteger("bench.reads.files", Report.full() ? 100_000 : 1_000);
        int candidates = Integer.getInteger("bench.reads.candidates", Report.full() ? 500 : 5);
        int runs = Integer.getInteger("bench.reads.runs", Report.full() ? 100 : 5);
        Path database = Report.work().resolve("reads-" + UUID.randomUUID());
        try (CampaignRun campaign = new CampaignRun(database)) {
            long started = System.nanoTime();
            long meeting = campaign.openMeeting(candidates);
            System.out.printf(Locale.ROOT, "meeting of %d candidates opened in %.1f s%n", candidates, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            String url = "jdbc:derby:" + database;
            try (Connection connection = DriverManager.getConnection(url)) {
                load(connection, files);
                for (String table : List.of("ZC_APPLICANT", "ZC_APPLICATION", "ZC_STATUS_CHANGE")) {
                    try (Statement s = connection.createStatement()) {
                        // what Derby's statistics daemon does on its own after a bulk change
                        s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%,d files loaded in %.1f s%n", files, (System.nanoTime() - started) / 1e9);
            campaign.setToday("2023-09-20");

            Actor county = CoreActors.issue(Actor.countyBureau("bench-county", "温宿县")); // core acts only for actors it issued (issue 15)
            Actor office = CampaignRun.office();
            Actor integration = CoreActors.issue(Actor.integration("bench"));
            Actor member = campaign.member(0);
            Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
            reads.put("review queue, a county bureau's pending files, first page of 50",
                    () -> campaign.desk().queue(ReviewQuery.pending(), 0, 50, county));
            reads.put("review queue, the committee office's pending files, page 3 of 50",
                    () -> campaign.desk().queue(ReviewQuery.pending(), 100, 50, office));
            reads.put("review queue, its count (the pager)", () -> campaign.desk().count(ReviewQuery.pending(), county));
            // the all-files list (待我办理 off: every status, newest change first), issue 16 item 7's last read
            ReviewQuery all = new ReviewQuery(false, null, null, null);
            reads.put("all files (newest first), a county bureau's, first page of 50", () -> campaign.desk().queue(all, 0, 50, county));
            reads.put("all files (newest first), the committee office's, page 3 of 50",
                    () -> campaign.desk().queue(all, 100, 50, office));
            reads.put("all files (newest first), unscoped (integration), first page of 50",
                    () -> campaign.desk().queue(all, 0, 50, integration));
            reads.put("all files: a county bureau's count (the pager)", () -> campaign.desk().count(all, county));
            reads.put("search with filters (year, series, status, employer), first page of 50",
                    () -> campaign.applications().searchRows(new ApplicationFilter(2023, "water", ApplicationStatus.SUBMITTED,
                            "温宿县第7单位"), 0, 50, integration));
            reads.put("search: the filters' count", () -> campaign.applications().count(new ApplicationFilter(2023, "water",
                    ApplicationStatus.SUBMITTED, "温宿县第7单位"), integration));
            reads.put("queue search by the beginning of a name (LIKE '…%'; was part of a name, LIKE '%…%')",
                    () -> campaign.desk().queue(new ReviewQuery(false, "压测1234", null, null), 0, 50, county));
            reads.put("meeting of %d candidates: the office's view".formatted(candidates),
                    () -> campaign.meetings().meeting(meeting, office));
            reads.put("meeting of %d candidates: a member's ballot paper".formatted(candidates),
                    () -> campaign.meetings().ballot(meeting, member));

            Path log = derbyLog();
            long logFrom = Files.exists(log) ? Files.size(log) : 0;
            setPlans(url, true);
            reads.values().forEach(Supplier::get); // once with the plans logged (and warm)
            setPlans(url, false);
            Map<String, Long> scans = scans(log, logFrom, files);

            for (Map.Entry<String, Supplier<Object>> read : reads.entrySet()) {
                double[] times = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    read.getValue().get();
                    times[i] = System.nanoTime() - start;
                }
                Arrays.sort(times);
                double p95 = times[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)];
                Report.add(new Report.Row("Reads with %,d files: %s".formatted(files + candidates, read.getKey()),
                        String.format(Locale.ROOT, "p95 %.1f ms", p95 / 1e6), "", "", "< 100 ms",
                        String.format(Locale.ROOT, "median %.1f ms of %d", Report.median(times) / 1e6, runs)));
            }
            Report.add(new Report.Row("Reads: tables read whole by these reads (Derby's query plans)",
                    scans.isEmpty() ? "none" : scans.entrySet().stream().map(e -> "%s (%,d rows)".formatted(e.getKey(), e.getValue()))
                            .reduce((a, b) -> a + ", " + b).orElse(""), "", "", "none",
                    ("table scans of more than %,d rows, and index scans that visited half the files or more (the plans: "
                            + "bench/reads-query-plans.log)").formatted(SCAN_ROWS)));
        } finally {
            JdbcBaseline.shutdown(database);
            Karaf.deleteTree(database);
        }
    }

    /** Copies of the campaign's first applicant, file and status change, {@code files} times, 1,000 rows a commit. */
    private static void load(Connection connection, int files) throws Exception {
        connection.setAutoCommit(false);
        Template applicant = Template.of(connection, "ZC_APPLICANT");
        Template application = Template.of(connection, "ZC_APPLICATION");
        Template change = Template.of(connection, "ZC_STATUS_CHANGE");
        ApplicationStatus[] statuses = ApplicationStatus.values();
        LocalDate day = LocalDate.of(2023, 8, 14);
        try (PreparedStatement a = applicant.insert(connection); PreparedStatement f = application.insert(connection);
             PreparedStatement c = change.insert(connection)) {
            for (int i = 0; i < files; i++) {
                long id = FIRST_ID + i;
                String county = COUNTIES[i % COUNTIES.length];
                LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i / 900);
                String idNumber = ResidentIdNumber.completing("652922" + born.toString().replace("-", "")
                        + "%03d".formatted(100 + i % 900)).value();
                applicant.bind(a, Map.of("ID", id, "ID_NUMBER", idNumber, "FULL_NAME", "压测" + i, "COUNTY", county,
                        "EMPLOYER", county + "第" + (i % EMPLOYERS) + "单位", "TIER", "COUNTY_CITY"));
                a.addBatch();
                ApplicationStatus status = statuses[i % statuses.length];
                Timestamp changed = Timestamp.valueOf(day.atStartOfDay().plusSeconds(i));
                application.bind(f, Map.of("ID", id, "APPLICANT_ID", id, "STATUS", status.name(), "EVALUATION_YEAR",
                        2021 + i % 3, "LAST_CHANGE", changed, "COUNTY", county)); // the file keeps its applicant's county
                f.addBatch();
                change.bind(c, Map.of("ID", id, "APPLICATION_ID", id, "TO_STATUS", status.name(), "FROM_STATUS", "DRAFT",
                        "CHANGED_AT", changed, "PLATFORM_DATE", java.sql.Date.valueOf(day)));
                c.addBatch();
                if ((i + 1) % 1_000 == 0 || i == files - 1) {
                    a.executeBatch();
                    f.executeBatch();
                    c.executeBatch();
                    connection.commit();
                }
            }
        }
        connection.setAutoCommit(true);
    }

    /** A table's first row (ordered by ID), to be written again with some columns changed. */
    private record Template(String table, List<String> columns, Map<String, Object> row) {

        static Template of(Connection connection, String table) throws Exception {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ID FETCH FIRST 1 ROWS ONLY")) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " is empty: the campaign wrote nothing to copy");
                }
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                    Object value = rs.getObject(i);
                    row.put(meta.getColumnName(i), value == null ? NULL : value);
                }
                return new Template(table, columns, row);
            }
        }

        PreparedStatement insert(Connection connection) throws Exception {
            return connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
        }

        void bind(PreparedStatement statement, Map<String, Object> changed) throws Exception {
            for (int i = 0; i < columns.size(); i++) {
                Object value = changed.getOrDefault(columns.get(i), row.get(columns.get(i)));
                if (value == NULL) {
                    statement.setObject(i + 1, null);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
        }
    }

    private static final Object NULL = new Object();

    private static void setPlans(String url, boolean on) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement s = connection.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.logQueryPlan', '" + on + "')");
        }
    }

    /** Derby's log of this JVM (its query plans go there). */
    private static Path derbyLog() {
        String file = System.getProperty("derby.stream.error.file");
        return file != null ? Path.of(file)
                : Path.of(System.getProperty("derby.system.home", System.getProperty("user.dir")), "derby.log");
    }

    private static final Pattern SCAN = Pattern.compile(
            "(Table|Index) Scan ResultSet for (\\w+)(?: using (?:index|constraint) (\\w+))? .*?Number of rows visited=(\\d+)",
            Pattern.DOTALL);

    /**
     * The tables read whole in the plans logged after {@code from}, with the most rows a scan visited: table scans of
     * more than {@value #SCAN_ROWS} rows, and index scans that visited at least half of the {@code files} (an index that
     * does not narrow the read).
     */
    private static Map<String, Long> scans(Path log, long from, int files) throws Exception {
        Map<String, Long> scans = new TreeMap<>();
        if (!Files.exists(log)) {
            System.out.println("no Derby log at " + log + ": the plans could not be read");
            return scans;
        }
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from, all.length)),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = SCAN.matcher(text);
        while (m.find()) {
            long rows = Long.parseLong(m.group(4));
            boolean table = "Table".equals(m.group(1));
            if (table ? rows > SCAN_ROWS : rows >= files / 2 && rows > SCAN_ROWS) {
                scans.merge(table ? m.group(2) : m.group(2) + " by " + m.group(3), rows, Math::max);
            }
        }
        Files.writeString(Report.work().resolve("reads-query-plans.log"), text);
        return scans;
    }
}
