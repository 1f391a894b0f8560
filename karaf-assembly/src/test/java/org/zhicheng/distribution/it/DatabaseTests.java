package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The database under the running platform (issue 17), run on Derby in ContainerIT and on a real PostgreSQL server in
 * PostgresqlIT: the schema Liquibase migrated, the health endpoint, and the locks the rules rely on behaving the same
 * on both: optimistic versions (the same step sent concurrently succeeds once, the others get STALE_VERSION, 409) and
 * the audit head (concurrent appends leave one intact chain, R-36).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DatabaseTests extends ContainerTestSupport {

    /** Set by failsafe's PostgreSQL run: the product the health check must name. */
    static final String EXPECTED_DATABASE_PROPERTY = "zhicheng.it.database";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AuditLog audit;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AccountService accounts;

    /**
     * The REST API once the routes these tests use answer: CXF republishes its endpoint while resources and extensions
     * arrive after boot, answering 404 "No service was found" meanwhile.
     */
    private static JsonApi published() {
        JsonApi api = restApi();
        for (String path : List.of("/api/v1/health", "/api/v1/metrics")) {
            Await.until("route " + path, STATE_TIMEOUT, () -> api.get(path, null).status() != 404);
        }
        return api;
    }

    @Test
    public void healthNamesTheDatabaseAndEveryPartUpWithoutSecrets() throws Exception {
        JsonApi api = published();
        HttpResult response = api.get("/api/v1/health", null); // no login: a load balancer's probe
        JsonNode health = JsonApi.read(200, response);
        assertEquals("UP", health.get("status").asText());
        List<String> names = new ArrayList<>();
        health.get("checks").forEach(check -> {
            names.add(check.get("name").asText());
            assertEquals(check.toString(), "UP", check.get("status").asText());
        });
        assertEquals(List.of("database", "plugins", "audit", "disk", "startup"), names);
        String product = health.get("checks").get(0).get("detail").asText();
        assertEquals(System.getProperty(EXPECTED_DATABASE_PROPERTY, "Apache Derby"), product);
        String body = response.body().toLowerCase(java.util.Locale.ROOT);
        for (String secret : List.of("jdbc:", "password", "user=", System.getProperty("karaf.data", "/data/"))) {
            assertFalse("the health body shows " + secret + ": " + body, body.contains(secret.toLowerCase(java.util.Locale.ROOT)));
        }
        assertTrue(response.header("Cache-Control"), String.valueOf(response.header("Cache-Control")).contains("no-store"));
    }

    @Test
    public void theSameStepSentConcurrentlySucceedsOnceAndTheOthersGetStaleVersion() throws Exception {
        Applicant applicant = withCareer(applicants.register(new NewApplicant("并发" + TestData.token(""), TestData.idNumber(),
                "阿克苏地区农业农村局", Tier.PREFECTURE_DIRECT, ""), IT));
        Application submitted;
        try {
            setToday("2023-08-14");
            Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "agriculture", "农艺专业",
                    TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), as("applicant"));
            CompleteFiles.complete(contents, draft.id(), as("applicant"));
            submitted = applications.submit(draft.id(), draft.version(), as("applicant"));
            long version = submitted.version();
            int threads = 6;
            List<Object> outcomes = race(threads, () -> applications.approveByEmployer(submitted.id(), version,
                    as("employer"), "同意推荐"));
            long approved = outcomes.stream().filter(Application.class::isInstance).count();
            List<Object> refused = outcomes.stream().filter(o -> !(o instanceof Application)).toList();
            assertEquals(outcomes.toString(), 1, approved);
            for (Object refusal : refused) {
                assertTrue(String.valueOf(refusal), refusal instanceof ZhichengException
                        && Refusal.STALE_VERSION.name().equals(((ZhichengException) refusal).code())
                        && ((ZhichengException) refusal).status() == 409);
            }
            Application now = applications.find(submitted.id(), IT).orElseThrow();
            assertEquals(ApplicationStatus.IN_PUBLICITY, now.status());
            assertTrue(now.version() > version);
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void concurrentAppendsLeaveOneIntactAuditChain_R36() throws Exception {
        long before = audit.count(IT);
        int threads = 8;
        int each = 10;
        List<Object> outcomes = race(threads, () -> {
            for (int i = 0; i < each; i++) {
                audit.record(IT, "IT_CONCURRENT_APPEND", "it:audit", Thread.currentThread().getName() + " #" + i);
            }
            return "done";
        });
        assertEquals(outcomes.toString(), threads, outcomes.stream().filter("done"::equals).count());
        AuditVerification verified = audit.verify(IT);
        assertTrue(verified.problem(), verified.intact());
        assertTrue(verified.entriesChecked() >= before + threads * each);
        JsonNode health = JsonApi.read(200, published().get("/api/v1/health", null));
        JsonNode auditCheck = health.get("checks").get(2);
        assertEquals("audit", auditCheck.get("name").asText());
        assertTrue(auditCheck.toString(), auditCheck.get("value").asLong() >= before + threads * each);
    }

    @Test
    public void metricsAreForAdministratorsAndCountRequestsPerEndpointSessionsAndThePool() throws Exception {
        JsonApi api = published();
        // accounts of its own: the demo profile creates its accounts only some time after the platform is up
        String admin = "it-metrics-admin-" + TestData.token("").toLowerCase(java.util.Locale.ROOT);
        String expert = "it-metrics-county-" + TestData.token("").toLowerCase(java.util.Locale.ROOT);
        accounts.createAccount(Actor.admin(admin), ("secret-" + admin).toCharArray(), SignedIn.admin());
        // any role but the two may not read them: a county bureau (an expert account would need an expert of the pool)
        accounts.createAccount(Actor.countyBureau(expert, "库车市"), ("secret-" + expert).toCharArray(), SignedIn.admin());
        Http.Credentials asAdmin = new Http.Credentials(admin, "secret-" + admin);
        Http.Credentials asExpert = new Http.Credentials(expert, "secret-" + expert);
        JsonApi.read(200, api.get("/api/v1/health", null));
        Http.get(httpPort(), "/"); // a browser's first request opens a Vaadin session

        assertEquals(401, api.get("/api/v1/metrics", null).status());
        JsonApi.assertProblem(api.get("/api/v1/metrics", asExpert), 403, "FORBIDDEN");
        HttpResult scraped = api.get("/api/v1/metrics", asAdmin);
        assertEquals(scraped.body(), 200, scraped.status());
        assertTrue(String.valueOf(scraped.header("Content-Type")), String.valueOf(scraped.header("Content-Type")).startsWith("text/plain"));
        String text = scraped.body();
        for (String metric : List.of("zhicheng_rest_requests_seconds_count{endpoint=\"HealthResource.check\",method=\"GET\",status=\"200\"}",
                "zhicheng_http_sessions_active", "zhicheng_db_pool_active", "zhicheng_db_pool_max", "jvm_memory_used_bytes")) {
            assertTrue(metric + " in\n" + text, text.contains(metric));
        }
        assertTrue(text, value(text, "zhicheng_http_sessions_active") >= 1);
        assertTrue(text, value(text, "zhicheng_db_pool_max") >= 1);
    }

    private static double value(String exposition, String metric) {
        return exposition.lines().filter(line -> line.startsWith(metric + " ") || line.startsWith(metric + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static List<Object> race(int threads, Callable<Object> task) throws Exception {
        return Race.run(threads, index -> task.call());
    }
}
