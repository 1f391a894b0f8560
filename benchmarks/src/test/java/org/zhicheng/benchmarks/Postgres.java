package org.zhicheng.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A throwaway PostgreSQL server for the campaign on PostgreSQL (issue 16 item 1), as karaf-assembly's PostgresqlIT
 * starts one: Debian's binaries (package postgresql, which .ci/run installs), initdb and pg_ctl in a temporary folder, a free port of 127.0.0.1, run as the postgres user when we are root (PostgreSQL refuses
 * root). Unlike the IT's it keeps PostgreSQL's durable defaults (fsync, synchronous commit): the campaign measures
 * durable acts, against Derby's durable commits.
 */
final class Postgres implements AutoCloseable {

    private static final String USER = "bench";
    private static final String PASSWORD = "secret-bench-postgresql";

    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asPostgres = "root".equals(System.getProperty("user.name"));
    /** The pools of the databases handed out, closed when each is dropped. */
    private final java.util.Map<String, HikariDataSource> pools = new java.util.concurrent.ConcurrentHashMap<>();

    private Postgres(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.port = port;
    }

    /** In a temporary folder (the postgres user must reach it: not under a root-only checkout). */
    static Postgres start() throws Exception {
        Path bin = binaries();
        Path home = Files.createTempDirectory("bench-postgresql");
        Postgres server = new Postgres(bin, home, Karaf.freePort());
        Path password = Files.writeString(home.resolve("password"), PASSWORD);
        if (server.asPostgres) {
            run(List.of("chown", "-R", "postgres", home.toString()), home);
        }
        server.run("initdb", "-D", home.resolve("data").toString(), "-U", USER, "--pwfile", password.toString(), "-A",
                "scram-sha-256", "-E", "UTF8", "--no-locale");
        server.run("pg_ctl", "-D", home.resolve("data").toString(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + server.port + " -k " + home + " -c listen_addresses=127.0.0.1 -c max_connections=40", "start");
        return server;
    }

    /** A new, empty database on the server; its JDBC URL. */
    String create(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return url(database);
    }

    void drop(String database) throws Exception {
        HikariDataSource pool = pools.remove(database);
        if (pool != null) {
            pool.close();
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    /**
     * A pool of connections to the database, as the container pools its data source (dbcp2 there): without one each
     * transaction would open a connection of its own (TCP and SCRAM authentication), which an embedded Derby does not pay.
     */
    javax.sql.DataSource dataSource(String database, int connections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(database));
        config.setMaximumPoolSize(connections);
        config.setPoolName("bench-" + database);
        return pools.computeIfAbsent(database, d -> new HikariDataSource(config));
    }

    /** With the credentials in it, for DriverManager. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER + "&password=" + PASSWORD;
    }

    /** The server's version, for the report. */
    String version() {
        return bin.getParent().getFileName().toString();
    }

    @Override
    public void close() throws Exception {
        run("pg_ctl", "-D", home.resolve("data").toString(), "-m", "fast", "stop");
        Karaf.deleteTree(home);
    }

    private void run(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(asPostgres ? List.of("runuser", "-u", "postgres", "--") : List.of());
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command, home);
    }

    private static void run(List<String> command, Path dir) throws Exception {
        Path output = Files.createTempFile("bench-postgresql", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(output));
        }
        Files.delete(output);
    }

    /** Whether a server can be started here. */
    static boolean installed() {
        try {
            binaries();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The newest of Debian's installed server versions (or -Dbench.pgbin). */
    private static Path binaries() {
        String configured = System.getProperty("bench.pgbin");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        return Arrays.stream(versions == null ? new File[0] : versions).map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.comparing(b -> b.getParent().getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException("PostgreSQL's server binaries are not installed (no "
                        + "/usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or -Dbench.pgbin=<bin folder>"));
    }
}
