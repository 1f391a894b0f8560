package org.zhicheng.benchmarks;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16 item 3, measured rather than computed: N signed-in applicant sessions held open at once in the platform
 * started with a 1 GB heap (Karaf.maxHeap), each with its file open and three of its tabs as SessionMemory's browser
 * opens them, driven through Flow's own client protocol (FlowClient: the page, Flow's init, the router's connectClient,
 * the login form's login event, the tab strip's selected index), since a browser takes seconds a session. The sessions
 * sign in as the seven demo applicants in turn, several sessions an account: registering N accounts would be N PBKDF2
 * hashes of 600,000 iterations, and core's cache of verified credentials makes a repeated login cheap. Reported: the
 * heap after a forced GC before and after, whether any request failed, the p95 of a page request (the file page opened
 * again in a held session) at 10 sessions held and at N, and the collector's pauses while the sessions were opened
 * (Karaf's GC log).
 */
final class ConcurrentSessions {

    private static final List<String> APPLICANTS = List.of("ayigul", "wangjianguo", "lina", "erkin", "zhangmin", "reyila",
            "zhaolei");
    private static final String PASSWORD = "zhicheng";
    private static final String FILE_PAGE = "applicant/files";
    private static final List<String> TABS = List.of("tab-sections", "tab-attachments", "tab-education");
    private static final int FEW = 10;
    private static final Pattern PAUSE = Pattern.compile("\\[([\\d.]+)s\\].*Pause.*?([\\d.]+)ms\\s*$", Pattern.MULTILINE);

    private final Karaf platform;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger tabsOpened = new AtomicInteger();
    private final List<String> failureSamples = new ArrayList<>();
    /** Opening stops here (-Dbench.sessions.minutes, default 10): the shared machine's lock is held meanwhile. */
    private final long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(
            Integer.getInteger("bench.sessions.minutes", 10));

    ConcurrentSessions(Karaf platform) {
        this.platform = platform;
    }

    void measure(int sessions, int openers, int samples) throws Exception {
        if (sessions <= FEW) {
            throw new IllegalArgumentException("-Dbench.sessions.concurrent must be more than " + FEW + ", not " + sessions);
        }
        HttpClient http = FlowClient.http();
        String base = "http://127.0.0.1:" + platform.httpPort + "/";
        // one first: classes, routes and the credentials' cache are the platform's, not a session's
        signIn(http, base, 0);
        long platformHeap = SessionMemory.heap(platform);
        List<FlowClient> held = new ArrayList<>();
        open(http, base, held, Math.min(FEW, sessions), openers);
        pages(held, samples / 5); // warm: the first pages of a JVM are not what 10 sessions cost
        double[] few = pages(held, samples);
        // each page opened again is one more UI in its session (as a browser's reload): measured from here, the
        // sessions opened next are the ones counted a session
        long before = SessionMemory.heap(platform);
        double gcFrom = uptime();
        long started = System.nanoTime();
        open(http, base, held, sessions, openers);
        double seconds = (System.nanoTime() - started) / 1e9;
        double gcTo = uptime();
        if (held.size() <= FEW) {
            throw new IllegalStateException("no session could sign in and open its file: " + failureSamples);
        }
        long after = SessionMemory.heap(platform);
        double[] many = pages(held, samples);
        double perSession = (after - before) / 1024.0 / (held.size() - FEW);
        String pauses = pauses(gcFrom, gcTo);
        System.out.printf(Locale.ROOT, "%d sessions held: heap %d MB (platform) -> %d (%d sessions) -> %d MB (%.1f KB a session), %d"
                        + " failed requests, page p95 %.0f ms at %d, %.0f ms at %d; %s%n", held.size(), platformHeap >> 20,
                before >> 20, FEW, after >> 20, perSession, failures.get(), p95(few), FEW, p95(many), held.size(), pauses);
        failureSamples.forEach(System.out::println);
        String cut = held.size() + failures.get() < sessions ? " (of %,d wanted: the time limit came first)".formatted(sessions) : "";
        Report.add(new Report.Row(("UI sessions: %,d signed-in applicants held at once in a %s heap, each with its file open and"
                + " three of its tabs%s").formatted(held.size(), platform.maxHeap(), cut),
                String.format(Locale.ROOT, "%d MB heap after GC (%.0f KB a session)", after >> 20, perSession),
                String.format(Locale.ROOT, "%d MB without sessions", platformHeap >> 20), "", "≤ 1 GB, no failure",
                String.format(Locale.ROOT, "Flow's client protocol over HTTP (no browser), %d at a time, %.1f s for %,d sessions;"
                        + " as the 7 demo applicants in turn; tabs that opened their part: %,d of %,d; heap: jcmd GC.run,"
                        + " GC.heap_info, a session: the growth over the sessions after the first %d; failed requests: %d; GC"
                        + " while opening: %s", openers, seconds, held.size() - FEW, tabsOpened.get(), TABS.size() * (held.size() + 1),
                        FEW, failures.get(), pauses)));
        Report.add(new Report.Row("UI sessions: a page request (the file page opened again) with %,d sessions held, p95"
                .formatted(held.size()), String.format(Locale.ROOT, "%.0f ms", p95(many)),
                String.format(Locale.ROOT, "%.0f ms with %d held", p95(few), FEW), Report.ratio(p95(many) / Math.max(p95(few), 0.1)),
                "", String.format(Locale.ROOT, "page, Flow's init and connectClient, one after another, %d samples each (after %d"
                        + " untimed); medians %.0f / %.0f ms", samples, samples / 5, Report.median(many) / 1e6,
                        Report.median(few) / 1e6)));
    }

    /** Opens sessions until {@code upTo} are held, {@code openers} at a time. */
    private void open(HttpClient http, String base, List<FlowClient> held, int upTo, int openers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            List<Future<FlowClient>> opened = new ArrayList<>();
            for (int i = held.size(); i < upTo; i++) {
                int n = i;
                opened.add(pool.submit(() -> System.nanoTime() > deadline ? null : signIn(http, base, n)));
            }
            for (Future<FlowClient> session : opened) {
                FlowClient client = session.get();
                if (client != null) {
                    held.add(client);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A new session that signs in as a demo applicant and opens the file page; null (counted) when a request failed. */
    private FlowClient signIn(HttpClient http, String base, int n) {
        FlowClient client = new FlowClient(http, base);
        try {
            client.open("login");
            client.event("vaadin-login-form", "login", FlowClient.data()
                    .put("event.detail.username", APPLICANTS.get(n % APPLICANTS.size())).put("event.detail.password", PASSWORD));
            client.open(FILE_PAGE);
            if (!client.shows("file-status")) {
                throw new IllegalStateException("the file page of " + APPLICANTS.get(n % APPLICANTS.size()) + " shows no file");
            }
            for (String tab : TABS) { // as SessionMemory's browser does
                if (client.selectTab(tab)) {
                    tabsOpened.incrementAndGet();
                }
            }
            return client;
        } catch (Exception e) {
            failed("session " + n + ": " + e);
            return null;
        }
    }

    /** The file page opened again in held sessions, one after another: nanoseconds each (a failure counts, not timed). */
    private double[] pages(List<FlowClient> held, int samples) {
        double[] times = new double[samples];
        int timed = 0;
        for (int i = 0; i < samples && !held.isEmpty(); i++) {
            FlowClient client = held.get((int) ((long) i * 7919 % held.size()));
            long start = System.nanoTime();
            try {
                client.open(FILE_PAGE);
                if (!client.shows("file-status")) {
                    throw new IllegalStateException("no file on the page");
                }
                times[timed++] = System.nanoTime() - start;
            } catch (Exception e) {
                failed("page " + i + ": " + e);
            }
        }
        return Arrays.copyOf(times, Math.max(timed, 1));
    }

    private synchronized void failed(String what) {
        failures.incrementAndGet();
        if (failureSamples.size() < 5) {
            failureSamples.add(what);
        }
    }

    private static double p95(double[] nanos) {
        double[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)] / 1e6;
    }

    /** Seconds since Karaf's JVM started, as its GC log counts them. */
    private double uptime() throws Exception {
        return ProcessHandle.of(platform.javaPid()).flatMap(h -> h.info().startInstant())
                .map(s -> (System.currentTimeMillis() - s.toEpochMilli()) / 1000.0).orElse(0.0);
    }

    /** The collector's pauses between the two uptimes: how many, the longest, their sum. */
    private String pauses(double from, double to) throws Exception {
        Path log = platform.gcLog();
        if (!Files.isRegularFile(log)) {
            return "no GC log";
        }
        int count = 0;
        double longest = 0;
        double sum = 0;
        Matcher m = PAUSE.matcher(Files.readString(log));
        while (m.find()) {
            double at = Double.parseDouble(m.group(1));
            if (at >= from && at <= to && !m.group().contains("Diagnostic Command")) { // not our forced GCs
                double ms = Double.parseDouble(m.group(2));
                count++;
                sum += ms;
                longest = Math.max(longest, ms);
            }
        }
        return String.format(Locale.ROOT, "%d pauses, longest %.0f ms, %.0f ms in all", count, longest, sum);
    }
}
