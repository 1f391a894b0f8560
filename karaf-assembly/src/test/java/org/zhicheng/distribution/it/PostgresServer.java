package org.zhicheng.distribution.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL server for PostgresqlIT, started from Debian's binaries (package {@code postgresql}, which
 * .ci/run installs) with initdb and pg_ctl in a temporary directory, on a free port of 127.0.0.1, and stopped when the
 * test JVM ends. As root (CI), it runs as the {@code postgres} user the package creates: PostgreSQL refuses root.
 */
final class PostgresServer {

    static final String USER = "zhicheng";
    static final String PASSWORD = "secret-zhicheng-it";
    static final String DATABASE = "zhicheng";

    private static PostgresServer running;

    final int port;
    private final Path binaries;
    private final Path data;
    private final boolean asPostgres;

    private PostgresServer(Path binaries, Path data, int port, boolean asPostgres) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The server of this JVM, started on first use. */
    static synchronized PostgresServer start() throws IOException {
        if (running == null) {
            Path binaries = binaries().orElseThrow(() -> new IllegalStateException(
                    "PostgreSQL's server binaries are not installed (no /usr/lib/postgresql/*/bin/initdb): "
                            + "apt-get install postgresql (.ci/run does), or set -Dzhicheng.it.pgbin=<bin directory>"));
            boolean root = "root".equals(System.getProperty("user.name"));
            Path home = Files.createTempDirectory("zhicheng-it-postgresql");
            Path data = home.resolve("data");
            PostgresServer server = new PostgresServer(binaries, data, ContainerTestSupport.freePort(), root);
            if (root) {
                run(List.of("chown", "postgres", home.toString()), home);
            }
            Path password = home.resolve("password");
            Files.writeString(password, PASSWORD);
            if (root) {
                run(List.of("chown", "postgres", password.toString()), home);
            }
            server.as(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile",
                    password.toString(), "-A", "scram-sha-256", "-E", "UTF8", "--no-locale"), home);
            server.as(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    home.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + server.port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
                    "start"), home);
            server.as(List.of(binaries.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(server.port),
                    "-U", USER, "-d", "postgres", "-c", "CREATE DATABASE " + DATABASE), home);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop PostgreSQL"));
            running = server;
        }
        return running;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void stop() {
        try {
            as(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), data.getParent());
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not stop: " + e.getMessage());
        }
    }

    private void as(List<String> command, Path dir) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        List<String> env = List.of("PGPASSWORD=" + PASSWORD);
        run(full, dir, env);
    }

    private static void run(List<String> command, Path dir) throws IOException {
        run(command, dir, List.of());
    }

    private static void run(List<String> command, Path dir, List<String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        for (String pair : env) {
            builder.environment().put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        Path output = Files.createTempFile("zhicheng-it-pg", ".log");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + Files.readString(output));
        }
    }

    private static Optional<Path> binaries() {
        String configured = System.getProperty("zhicheng.it.pgbin");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        return Arrays.stream(versions == null ? new File[0] : versions)
                .map(v -> v.toPath().resolve("bin"))
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                .max(Comparator.comparing(bin -> versionOf(bin.getParent().getFileName().toString())));
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
