package org.zhicheng.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.zhicheng.core.internal.shell.ConsolePasswordFile;

/**
 * A Karaf distribution unpacked under the benchmarks' work folder, started as a server on ports free at the time (other
 * builds on the machine use Karaf's defaults), from a clean data folder each time.
 */
final class Karaf implements AutoCloseable {

    private final Path home;
    private Process process;
    /** The console password the first start generated (issue 15); data/ is emptied before each later start. */
    private String consolePassword;
    int httpPort;
    int sshPort;
    /** The JVM's maximum heap (-Xmx, e.g. 1024m) and a GC log beside bin/; null: as shipped (Karaf 4.4 sets none). */
    private String maxHeap;

    private Karaf(Path home) {
        this.home = home;
    }

    /** Unpacks the distribution (a tar.gz) into the folder, once. */
    static Karaf unpack(Path archive, Path folder) throws Exception {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no distribution at " + archive + " (install the build first: benchmarks/run --build)");
        }
        // an archive built since the last unpacking replaces it (a rebuilt distribution is measured, not the old one)
        if (Files.isDirectory(folder) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(folder)) > 0) {
            deleteTree(folder);
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", folder.toString()));
            Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        }
        try (Stream<Path> children = Files.list(folder)) {
            return new Karaf(children.filter(Files::isDirectory).findFirst().orElseThrow());
        }
    }

    Path home() {
        return home;
    }

    /** The maximum heap of the next starts (-Xmx syntax), with the collector's log in {@link #gcLog()}. */
    void maxHeap(String max) {
        maxHeap = max;
    }

    /** The maximum heap as set, or "the JVM's default". */
    String maxHeap() {
        return maxHeap == null ? "default" : maxHeap.toUpperCase(java.util.Locale.ROOT).replace("1024M", "1 GB");
    }

    Path gcLog() {
        return home.resolve("gc.log");
    }

    /** Starts it from a clean data folder on free ports; returns System.nanoTime() at the start. */
    long start() throws Exception {
        if (consolePassword == null) { // shown once in data/, which goes now; users.properties keeps only its digest
            consolePassword = ConsolePasswordFile.read(home.resolve("data")).orElse(null);
        }
        deleteTree(home.resolve("data"));
        // the demo feature (installDemo) writes its configurations into etc/: a start measures the platform as shipped
        Files.deleteIfExists(home.resolve("etc/org.zhicheng.demo.cfg"));
        Files.deleteIfExists(home.resolve("etc/org.zhicheng.clock.cfg"));
        httpPort = freePort();
        sshPort = freePort();
        setPort("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort);
        setPort("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort);
        setPort("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort());
        setPort("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort());
        return launch();
    }

    /**
     * Starts it again after {@link #close()}, keeping data/ (bundle cache, database) and its ports: a restart, as an
     * installation is started after its first time. Returns System.nanoTime() at the start.
     */
    long restart() throws Exception {
        if (httpPort == 0) {
            throw new IllegalStateException("a restart follows a start");
        }
        return launch();
    }

    private long launch() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the JVM of the build, as the ITs do
        if (maxHeap != null) { // bin/inc adds EXTRA_JAVA_OPTS to the JVM's options (Karaf 4.4 has no JAVA_MAX_MEM)
            Files.deleteIfExists(gcLog());
            builder.environment().put("EXTRA_JAVA_OPTS", "-Xmx" + maxHeap + " -Xlog:gc:file=" + gcLog() + ":uptime");
        }
        long start = System.nanoTime();
        process = builder.start();
        return start;
    }

    /** Whether the SSH port accepts a connection: the bare Karaf's boot is done then. */
    boolean sshListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", sshPort), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The HTTP status of a GET on the path, or -1 when nothing answers. */
    int status(String path) {
        return get(path, false).status();
    }

    /** The body of a GET on the path when it answers 200, else null. */
    String body(String path) {
        Answer answer = get(path, true);
        return answer.status() == 200 ? answer.body() : null;
    }

    /** The status of a GET on the path when it answers in JSON (the REST API, a problem included), else -1. */
    int jsonStatus(String path) {
        Answer answer = get(path, false);
        return answer.contentType() != null && answer.contentType().contains("json") ? answer.status() : -1;
    }

    private record Answer(int status, String body, String contentType) {
    }

    private Answer get(String path, boolean withBody) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + httpPort + path).openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(5000);
            connection.setInstanceFollowRedirects(false);
            try {
                int status = connection.getResponseCode();
                return new Answer(status, withBody && status == 200 ? new String(connection.getInputStream().readAllBytes()) : null,
                        connection.getContentType());
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return new Answer(-1, null, null);
        }
    }

    /**
     * Runs a console command through bin/client on the SSH port, as the console's administrator: its password is the
     * one the distribution generated at its first start (issue 15), as that start showed it in data/.
     */
    String client(String command) throws Exception {
        Path stdin = Files.writeString(home.resolve("data/bench-client-in.txt"), command + System.lineSeparator());
        String password = rememberConsolePassword();
        if (password == null) {
            throw new IllegalStateException("no console password shown in " + home.resolve("data"));
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort),
                "-h", "localhost", "-u", "admin", "-p", password, "-r", "30", "-d", "1", "-b").directory(home.toFile())
                .redirectErrorStream(true).redirectInput(stdin.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        String output = new String(client.getInputStream().readAllBytes());
        if (!client.waitFor(2, TimeUnit.MINUTES) || client.exitValue() != 0 || output.contains("Error executing command")) {
            throw new IllegalStateException("'" + command + "' failed: " + output);
        }
        return output;
    }

    /**
     * The generated console password, kept from the first start's data folder across the later clean starts. Core writes
     * it when its bundle activates, which may come after the first page and /api answer: waits up to a minute for it.
     */
    private String rememberConsolePassword() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (consolePassword == null) {
            consolePassword = ConsolePasswordFile.read(home.resolve("data")).orElse(null);
            if (consolePassword != null || System.nanoTime() > deadline) {
                break;
            }
            requireAlive();
            Thread.sleep(200);
        }
        return consolePassword;
    }

    /**
     * Installs the demonstration (as bin/demo does, but on the running platform): its accounts and files are what the
     * REST and UI session benchmarks sign in with. Waits for the loader's last line in karaf.log.
     */
    void installDemo() throws Exception {
        client("feature:install zhicheng-demo");
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Demo data: ")) {
            requireAlive();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo data did not load within 4 minutes; see " + log);
            }
            Thread.sleep(500);
        }
    }

    /** The process id of Karaf's JVM (bin/karaf runs it as its child). */
    long javaPid() {
        return process.descendants().filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Java process under " + process.pid()));
    }

    void requireAlive() {
        if (process != null && !process.isAlive()) {
            throw new IllegalStateException("Karaf at " + home + " ended with " + process.exitValue() + "; see console.log");
        }
    }

    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        // bin/karaf runs Java as its child: end the whole tree we started, and wait until it is gone (a Karaf still
        // shutting down would load the next start)
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                handle.destroyForcibly();
                handle.onExit().get(10, TimeUnit.SECONDS);
            }
        }
        process = null;
    }

    private void setPort(String file, String key, int port) throws IOException {
        Path path = home.resolve(file);
        if (!Files.isRegularFile(path)) {
            return; // the stock Karaf has no HTTP service
        }
        String text = Files.readString(path);
        Matcher line = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        text = line.find() ? line.replaceFirst(Matcher.quoteReplacement(key + " = " + port)) : text + "\n" + key + " = " + port + "\n";
        Files.writeString(path, text);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(ProcessBuilder builder) throws Exception {
        Process p = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed");
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
