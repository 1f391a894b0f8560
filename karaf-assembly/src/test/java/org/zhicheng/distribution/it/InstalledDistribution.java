package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The real thing, outside Pax Exam: the built tar.gz unpacked under target/it, run with its own
 * bin/start, bin/client and bin/stop. The copy runs on random free ports and with an empty local Maven
 * repository, so it also proves that the distribution boots from its own system/ repository alone.
 */
final class InstalledDistribution implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int sshPort;
    private final int httpPort;

    private InstalledDistribution(Path home, int sshPort, int httpPort) {
        this.home = home;
        this.sshPort = sshPort;
        this.httpPort = httpPort;
    }

    static InstalledDistribution unpack(String name) throws Exception {
        File distribution = new File(System.getProperty("zhicheng.distribution"));
        Path workDir = Path.of(System.getProperty("zhicheng.it.workdir"), name + "-" + System.currentTimeMillis());
        Files.createDirectories(workDir);
        run(List.of("tar", "-xzf", distribution.getAbsolutePath(), "-C", workDir.toString()), null, null, Duration.ofSeconds(60));
        Path home;
        try (var entries = Files.list(workDir)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow(() -> new AssertionError("empty archive"));
        }
        InstalledDistribution installed = new InstalledDistribution(home, ContainerTestSupport.freePort(),
                ContainerTestSupport.freePort());
        installed.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(installed.sshPort));
        installed.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(installed.httpPort));
        installed.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(ContainerTestSupport.freePort()));
        installed.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(ContainerTestSupport.freePort()));
        // nothing from ~/.m2 either: every bundle must come from the distribution's system/ directory
        Path emptyRepository = Files.createDirectories(workDir.resolve("empty-m2"));
        installed.setProperty("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", emptyRepository.toString());
        return installed;
    }

    Path home() {
        return home;
    }

    int httpPort() {
        return httpPort;
    }

    /** Starts with bin/start and returns once core's shell commands answer (ssh comes up before the features). */
    void start() throws Exception {
        Files.deleteIfExists(home.resolve("karaf.pid"));
        run(List.of(home.resolve("bin/start").toString()), home, home.resolve("data/start.out").toFile(), Duration.ofSeconds(30));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = clientOnce("zhicheng:applicant-list --limit 1", 3);
            if (last.contains("total ")) {
                return;
            }
            if (karafProcess().map(p -> !p.isAlive()).orElse(false)) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Karaf did not get ready in " + START_TIMEOUT.toSeconds() + " s; last answer:\n" + last
                + "\n--- karaf.log (tail)\n" + logTail(60));
    }

    void stop() throws Exception {
        Optional<ProcessHandle> karaf = karafProcess();
        run(List.of(home.resolve("bin/stop").toString()), home, home.resolve("data/stop.out").toFile(), Duration.ofSeconds(30));
        if (karaf.isPresent()) {
            karaf.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Stops Karaf if it still runs; only the process this distribution started, by its pid. */
    @Override
    public void close() throws Exception {
        Optional<ProcessHandle> karaf = karafProcess();
        if (karaf.isPresent() && karaf.get().isAlive()) {
            try {
                stop();
            } finally {
                karafProcess().filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** Runs one shell command through bin/client (batch mode: commands on stdin) and checks it succeeded. */
    String client(String command) throws Exception {
        String output = clientOnce(command, 10);
        assertTrue("command '" + command + "' failed:\n" + output,
                !output.contains("Command not found") && !output.contains("Error executing command"));
        return output;
    }

    String logTail(int lines) {
        Path log = home.resolve("data/log/karaf.log");
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + log + ": " + e + ")";
        }
    }

    private Optional<ProcessHandle> karafProcess() throws IOException {
        Path pidFile = home.resolve("karaf.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String pid = Files.readString(pidFile).trim();
        return pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    private String clientOnce(String command, int retries) throws Exception {
        Path stdin = Files.writeString(home.resolve("data/client-in.txt"), command + System.lineSeparator(), StandardCharsets.UTF_8);
        List<String> cmd = List.of(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort), "-h", "localhost",
                "-u", "admin", "-p", "admin", "-r", Integer.toString(retries), "-d", "1", "-b");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(stdin.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static void run(List<String> command, Path directory, File output, Duration timeout) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // bin/start keeps the caller's stdout open through the background Karaf: never a pipe here
        builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output));
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeout.toSeconds() + " s");
        }
        assertEquals(command + " exit code", 0, process.exitValue());
    }

    void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? Files.readAllLines(path, StandardCharsets.ISO_8859_1) : new ArrayList<>();
        Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        String replacement = key + " = " + value;
        boolean replaced = false;
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (keyLine.matcher(line).matches()) {
                result.add(replacement);
                replaced = true;
            } else {
                result.add(line);
            }
        }
        if (!replaced) {
            result.add(replacement);
        }
        Files.write(path, result, StandardCharsets.ISO_8859_1);
    }
}
