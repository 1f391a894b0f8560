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

import org.zhicheng.core.internal.shell.ConsolePasswordFile;

/**
 * The real thing, outside Pax Exam: the built tar.gz unpacked under target/it, run with its own
 * bin/start, bin/client and bin/stop. The copy runs on random free ports and with an empty local Maven
 * repository, so it also proves that the distribution boots from its own system/ repository alone.
 */
final class InstalledDistribution implements AutoCloseable {

    /** Started with the demo feature: {@link #start()} waits for its data too. */
    private boolean demo;

    // generous by default: on a loaded 2-core machine (load 30) the first start reached core after 125 s;
    // -Dzhicheng.it.startSeconds=400 on a machine busier still
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("zhicheng.it.startSeconds", 300));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int sshPort;
    private final int httpPort;

    private InstalledDistribution(Path home, int sshPort, int httpPort) {
        this.home = home;
        this.sshPort = sshPort;
        this.httpPort = httpPort;
    }

    /** The demonstration, as bin/demo starts it: the zhicheng-demo feature among the boot features. */
    static InstalledDistribution unpack(String name) throws Exception {
        InstalledDistribution installed = unpackProduction(name);
        installed.addBootFeatureBesideCore("zhicheng-demo");
        installed.demo = true;
        return installed;
    }

    /** As shipped, a production installation: no demo feature. */
    static InstalledDistribution unpackProduction(String name) throws Exception {
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

    /** What bin/demo does: the feature joins the boot features' last stage, beside zhicheng-core. */
    private void addBootFeatureBesideCore(String feature) throws IOException {
        Path cfg = home.resolve("etc/org.apache.karaf.features.cfg");
        String features = Files.readString(cfg, StandardCharsets.ISO_8859_1);
        String edited = Pattern.compile("^( *zhicheng-core/[^,]*, *\\\\)$", Pattern.MULTILINE).matcher(features)
                .replaceFirst("$1\n    " + feature + ", \\\\");
        assertTrue("no zhicheng-core among the boot features of " + cfg, !edited.equals(features));
        Files.writeString(cfg, edited, StandardCharsets.ISO_8859_1);
    }

    /** The console's administrator password, generated at the first start (issue 15), or null before that. */
    String consolePassword() throws IOException {
        return ConsolePasswordFile.read(home.resolve("data")).orElse(null);
    }

    int sshPort() {
        return sshPort;
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
            // the demo's accounts and files come a while after core answers (schema migrated first): wait for the
            // loader's last line, so that a test never signs in as a demo account not there yet (and gets throttled)
            // and for the health check's startup part: core's services answer before the series are declared
            if (last.contains("total ") && started() && (!demo || logContains("Demo data: "))) {
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

    private static final Pattern STARTED = Pattern.compile("\"name\"\\s*:\\s*\"startup\"\\s*,\\s*\"status\"\\s*:\\s*\"UP\"");

    /** Whether GET /api/v1/health says the platform has started (schema migrated, running plugins' series declared). */
    boolean started() {
        try {
            return STARTED.matcher(Http.request(httpPort, "GET", "/api/v1/health", null, null).body()).find();
        } catch (IOException e) {
            return false;
        }
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

    private boolean logContains(String text) {
        return logCount(text) > 0;
    }

    /** How often the node's log says this: what a node did itself, where its REST answers show the shared database. */
    int logCount(String text) {
        try {
            String log = Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
            int count = 0;
            for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + text.length())) {
                count++;
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
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
        String password = consolePassword();
        if (password == null) {
            return "(no console password generated yet)";
        }
        return clientAs("admin", password, command, retries);
    }

    /** One command through bin/client (batch mode) as the given console user; the output, whatever happened. */
    String clientAs(String user, String password, String command, int retries) throws Exception {
        Path stdin = Files.writeString(home.resolve("data/client-in.txt"), command + System.lineSeparator(), StandardCharsets.UTF_8);
        List<String> cmd = List.of(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort), "-h", "127.0.0.1",
                "-u", user, "-p", password, "-r", Integer.toString(retries), "-d", "1", "-b");
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
