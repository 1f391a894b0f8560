package org.zhicheng.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.testfixtures.FileCompletion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 16, item 2: the filing flow over the REST API of a running distribution, as the demo account
 * {@code integration} (接口用户) does it for a region's applicants: register the applicant, record the career,
 * open a file, read its sections and save each, upload the two scans, sign the commitment and submit.
 * At 1, 4 and 16 client threads: files per second, and p50 / p95 of each endpoint. The baseline is GET /api/v1/clock
 * (public, answered from configuration; GET /api/v1/health checks the database and the audit head, so it is no trivial
 * request) at the same number of threads in the same run.
 */
final class RestFiling {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "integration";
    /** The demo accounts' password (the distribution loads its demo data). */
    private static final String PASSWORD = "zhicheng";
    private static final String DATE = "2023-08-01"; // the demo's date, in the 2023 filing window

    private final Karaf platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final AtomicInteger person = new AtomicInteger();
    /** Nanoseconds of each request, by endpoint (method and route template). */
    private Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();

    RestFiling(Karaf platform) {
        this.platform = platform;
    }

    /** Sets the platform's date into the 2023 filing window (as a training installation does) and waits for it. */
    void prepare() throws Exception {
        Files.writeString(platform.home().resolve("etc/org.zhicheng.clock.cfg"), "date = " + DATE + "\n");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!String.valueOf(platform.body("/api/v1/clock")).contains(DATE)) {
            platform.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform's date did not become " + DATE);
            }
            Thread.sleep(200);
        }
        file(); // one file first: the credentials are verified once and cached, the routes warmed
    }

    /** The files per second of {@code files} files at {@code threads} threads; the endpoints' times of this run kept. */
    double files(int threads, int files) throws Exception {
        times = new ConcurrentHashMap<>();
        return run(threads, files, this::file);
    }

    /** The requests per second of GET /api/v1/clock at {@code threads} threads. */
    double trivial(int threads, int requests) throws Exception {
        return run(threads, requests, () -> send("GET", "/api/v1/clock", "GET /clock", null, null, 200));
    }

    /** p50 and p95 in milliseconds by endpoint, of the last {@link #files} run. */
    Map<String, double[]> percentiles() {
        Map<String, double[]> result = new TreeMap<>();
        times.forEach((endpoint, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            result.put(endpoint, new double[] {at(sorted, 0.50) / 1e6, at(sorted, 0.95) / 1e6});
        });
        return result;
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private interface Task {
        void run() throws Exception;
    }

    private static double run(int threads, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(count);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        task.run();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.MINUTES);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One applicant's file from registration to submitted. */
    private void file() throws Exception {
        int i = person.getAndIncrement();
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(i / 900);
        String id = ResidentIdNumber.completing("652922" + born.toString().replace("-", "") + "%03d".formatted(100 + i % 900))
                .value();
        ObjectNode applicant = JSON.createObjectNode().put("fullName", "压测" + i).put("idNumber", id)
                .put("employer", "温宿县档案馆").put("county", "温宿县").put("tier", "县市");
        long applicantId = send("POST", "/api/v1/applicants", "POST /applicants", applicant, null, 201).get("id").asLong();
        ObjectNode career = JSON.createObjectNode().put("startedWork", "2005-07-01").put("currentTitle", "工程师")
                .put("appointed", "2012-07-01").put("education", "大学本科").put("appraisalsPassed", true);
        send("PUT", "/api/v1/applicants/" + applicantId + "/career", "PUT /applicants/{id}/career", career, null, 200);
        ObjectNode draft = JSON.createObjectNode().put("applicantId", applicantId).put("evaluationYear", 2023)
                .put("seriesCode", "archives").put("specialty", "档案系列专业").put("level", "副高").put("channel", "B");
        String at = "/api/v1/applications/" + send("POST", "/api/v1/applications", "POST /applications", draft, null, 201)
                .get("id").asLong();
        for (String type : List.of("EDUCATION_CERTIFICATE", "CHSI_RECORD")) {
            send("POST", at + "/attachments?type=" + type + "&masked=true&fileName=" + type + ".pdf",
                    "POST /applications/{id}/attachments", null, FileCompletion.SCAN, 201);
        }
        for (JsonNode section : send("GET", at + "/sections", "GET /applications/{id}/sections", null, null, 200).get("sections")) {
            ObjectNode values = JSON.createObjectNode();
            for (JsonNode field : section.get("fields")) {
                List<String> choices = new ArrayList<>();
                field.get("choices").forEach(choice -> choices.add(choice.asText()));
                values.put(field.get("id").asText(), FileCompletion.sample(FieldType.fromDescriptorTerm(field.get("type").asText()),
                        field.get("label").asText(), choices));
            }
            for (Iterator<Map.Entry<String, JsonNode>> filled = section.get("values").fields(); filled.hasNext(); ) {
                Map.Entry<String, JsonNode> value = filled.next();
                values.put(value.getKey(), value.getValue().asText());
            }
            send("PUT", at + "/sections/" + section.get("id").asText(), "PUT /applications/{id}/sections/{section}", values, null,
                    200);
        }
        send("POST", at + "/commitment", "POST /applications/{id}/commitment", null, null, 200);
        long version = send("GET", at, "GET /applications/{id}", null, null, 200).get("version").asLong();
        JsonNode submitted = send("POST", at + "/submit", "POST /applications/{id}/submit",
                JSON.createObjectNode().put("expectedVersion", version), null, 200);
        if (!"SUBMITTED".equals(submitted.get("status").asText())) {
            throw new IllegalStateException("not submitted: " + submitted);
        }
    }

    /** One request, timed under its endpoint; its JSON answer, which must have the expected status. */
    private JsonNode send(String method, String path, String endpoint, JsonNode json, byte[] bytes, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.httpPort + path))
                .timeout(Duration.ofMinutes(2)).header("Accept", "application/json");
        if (!endpoint.endsWith("/clock")) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json.toString()));
        } else if (bytes != null) {
            request.header("Content-Type", "application/octet-stream").method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ", not " + expected
                    + ": " + response.body());
        }
        times.computeIfAbsent(endpoint, e -> new ConcurrentLinkedQueue<>()).add(took);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** The figures into the report: files per second at each thread count against a trivial request's rate. */
    void measure(int[] threads, int filesPerThread) throws Exception {
        prepare();
        Map<String, StringBuilder> endpoints = new TreeMap<>();
        for (int t : threads) {
            int files = filesPerThread * t;
            double health = trivial(t, Report.full() ? Math.max(200, 50 * t) : 100);
            double rate = files(t, files);
            int requestsPerFile = times.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum() / files;
            Report.add(new Report.Row("REST filing flow at %d client thread%s (%d files, %d requests a file)"
                    .formatted(t, t == 1 ? "" : "s", files, requestsPerFile),
                    String.format(Locale.ROOT, "%.2f files/s (%.0f requests/s)", rate, rate * requestsPerFile),
                    String.format(Locale.ROOT, "%.0f requests/s", health),
                    Report.ratio(health / (rate * requestsPerFile)), "",
                    "baseline: GET /api/v1/clock at %d thread%s; ratio: a trivial request's rate over the flow's".formatted(t,
                            t == 1 ? "" : "s")));
            percentiles().forEach((endpoint, p) -> {
                StringBuilder text = endpoints.computeIfAbsent(endpoint, e -> new StringBuilder());
                text.append(text.isEmpty() ? "" : " · ").append(String.format(Locale.ROOT, "%d: %.0f / %.0f", t, p[0], p[1]));
            });
            System.out.printf(Locale.ROOT, "REST filing at %d threads: %.2f files/s, GET /clock %.0f requests/s%n", t, rate, health);
        }
        endpoints.forEach((endpoint, text) -> Report.add(new Report.Row("— " + endpoint + " p50 / p95 ms by threads",
                text.toString(), "", "", "", "")));
    }
}
