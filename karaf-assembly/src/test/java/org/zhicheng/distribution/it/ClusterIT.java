package org.zhicheng.distribution.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 17 item 3: two real Karaf nodes (the built distribution unpacked twice, production: no demo) on one real
 * PostgreSQL server, behind a real HAProxy with sticky sessions (cookie) and /api/v1/health as its check, each node
 * configured as docs/operating.md "Adding a node" says: the datasource, EclipseLink's shared cache off, the shared
 * attachments directory. Own failsafe execution ("cluster"); -DskipClusterIT=true leaves it out. The last test stops
 * a node, so the order is fixed.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ClusterIT {

    private static final String NODE_HEADER = "X-Zhicheng-Node";
    private static final Pattern ADMIN_PASSWORD = Pattern.compile("with the password (\\S+)");

    private static InstalledDistribution nodeA;
    private static InstalledDistribution nodeB;
    private static Process haproxy;
    private static int proxyPort;
    private static Path shared;

    @BeforeClass
    public static void startCluster() throws Exception {
        assumeFalse("bin/start and HAProxy: not on Windows", System.getProperty("os.name").startsWith("Windows"));
        PostgresServer database = PostgresServer.start();
        shared = Files.createDirectories(Path.of(System.getProperty("zhicheng.it.workdir"),
                "cluster-attachments-" + System.currentTimeMillis()));
        nodeA = node("cluster-a", database);
        nodeB = node("cluster-b", database);
        nodeA.start(); // the first migrates the schema; Liquibase's lock would also serialise two starting at once
        nodeB.start();
        for (InstalledDistribution node : List.of(nodeA, nodeB)) {
            new JsonApi(node.httpPort()).awaitPublished();
        }
        haproxy = haproxy();
    }

    /** Adding a node (docs/operating.md): the same database, the shared cache off, the attachments on shared storage. */
    private static InstalledDistribution node(String name, PostgresServer database) throws Exception {
        InstalledDistribution node = InstalledDistribution.unpackProduction(name);
        String datasource = "etc/org.ops4j.datasource-zhicheng.cfg";
        node.setProperty(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        node.setProperty(datasource, "url", database.url());
        node.setProperty(datasource, "user", PostgresServer.USER);
        node.setProperty(datasource, "password", PostgresServer.PASSWORD);
        // read by EclipseLink when the persistence unit is created (Aries JPA's pid org.apache.aries.jpa.zhicheng comes
        // before core's migrated DataSource and is refused as "incomplete configuration")
        node.setProperty("etc/system.properties", "eclipselink.cache.shared.default", "false");
        node.setProperty("etc/org.zhicheng.attachments.cfg", "directory", shared.toString());
        node.setProperty("etc/org.zhicheng.clock.cfg", "date", "2023-08-14"); // inside the 2023 campaign's filing
        return node;
    }

    private static Process haproxy() throws Exception {
        proxyPort = ContainerTestSupport.freePort();
        Path cfg = nodeA.home().resolveSibling("haproxy.cfg");
        Files.writeString(cfg, String.join("\n",
                "global",
                "    maxconn 256",
                "defaults",
                "    mode http",
                "    timeout connect 5s",
                "    timeout client 120s",
                "    timeout server 120s",
                "    option redispatch",
                "    retries 2",
                "frontend zhicheng",
                "    bind 127.0.0.1:" + proxyPort,
                "    default_backend nodes",
                "backend nodes",
                "    balance roundrobin",
                "    cookie ZCNODE insert indirect nocache",
                "    option httpchk GET /api/v1/health",
                "    http-check expect status 200",
                "    http-response set-header " + NODE_HEADER + " %s",
                "    server a 127.0.0.1:" + nodeA.httpPort() + " check inter 1s fall 2 rise 2 cookie a",
                "    server b 127.0.0.1:" + nodeB.httpPort() + " check inter 1s fall 2 rise 2 cookie b",
                ""), StandardCharsets.UTF_8);
        String binary = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        Process process = new ProcessBuilder(binary, "-f", cfg.toString(), "-db").redirectErrorStream(true)
                .redirectOutput(cfg.resolveSibling("haproxy.log").toFile()).start();
        // both nodes healthy behind it: two requests without a cookie reach both servers
        Await.until("HAProxy with both nodes up", java.time.Duration.ofSeconds(120), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("haproxy ended, see " + cfg.resolveSibling("haproxy.log"));
            }
            try {
                return java.util.stream.IntStream.range(0, 4).mapToObj(i -> node(proxy("/api/v1/health", Map.of())))
                        .filter(java.util.Objects::nonNull).distinct().count() == 2;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return process;
    }

    @AfterClass
    public static void stopCluster() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
        for (InstalledDistribution node : new InstalledDistribution[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static HttpResult proxy(String path, Map<String, String> headers) {
        try {
            return Http.send(proxyPort, "GET", path, null, null, null, headers);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String node(HttpResult response) {
        return response.header(NODE_HEADER);
    }

    @Test
    public void aFileChangedOnOneNodeIsReadFreshOnTheOtherTheSameStepSucceedsOnceAndAttachmentsAreShared()
            throws Exception {
        JsonApi viaProxy = new JsonApi(proxyPort);
        JsonApi onA = new JsonApi(nodeA.httpPort());
        JsonApi onB = new JsonApi(nodeB.httpPort());
        JsonApi.Registered applicant = viaProxy.register(TestData.token("温宿县水利局-"), "温宿县");
        Http.Credentials me = applicant.credentials();
        long id = onA.draft(applicant, "engineering", "水利专业", "中级").get("id").asLong();
        String at = "/api/v1/applications/" + id;
        CompleteFiles.completeOverHttp(nodeB.httpPort(), id, me); // sections, scans and commitment through B

        // an attachment uploaded through A is read through B (one shared directory), byte for byte
        byte[] scan = Files.readAllBytes(Scans.png("cluster-" + id + ".png"));
        long attachment = JsonApi.read(201, Http.upload(nodeA.httpPort(), at + "/attachments?type=AWARD&masked=true"
                + "&fileName=award.png", scan, me)).get("id").asLong();
        assertArrayEquals(scan, bytes(nodeB.httpPort(), at + "/attachments/" + attachment + "/content", me));

        // concurrent writes through both nodes leave one intact audit chain
        List<Object> uploads = Race.run(6, i -> Http.upload((i % 2 == 0 ? nodeA : nodeB).httpPort(),
                at + "/attachments?type=AWARD&masked=true&fileName=race-" + i + ".png", scan, me).status());
        assertEquals(uploads.toString(), List.of(201, 201, 201, 201, 201, 201), uploads);
        Http.Credentials admin = administrator();
        JsonNode verified = JsonApi.read(200, viaProxy.get("/api/v1/audit/verification", admin));
        assertTrue(verified.toString(), verified.get("intact").asBoolean());

        // node A reads the draft (and would keep it in a shared cache); B submits it; A reads it fresh
        JsonNode draft = JsonApi.read(200, onA.get(at, me));
        assertEquals("DRAFT", draft.get("status").asText());
        long version = draft.get("version").asLong();
        String submit = "{\"expectedVersion\":" + version + "}";
        // the same step through both nodes at once: exactly one succeeds, the other gets 409
        List<Object> statuses = Race.run(2, i -> Http.request((i == 0 ? nodeA : nodeB).httpPort(), "POST", at + "/submit",
                submit, me).status());
        assertEquals(statuses.toString(), List.of(200, 409), statuses.stream().map(Integer.class::cast).sorted().toList());
        for (JsonApi node : List.of(onA, onB)) {
            JsonNode now = JsonApi.read(200, node.get(at, me));
            assertEquals(now.toString(), "SUBMITTED", now.get("status").asText());
            assertTrue(now.toString(), now.get("version").asLong() > version);
        }
    }

    /**
     * A plugin is installed, upgraded and removed by the same jar in each node's deploy/, one node after the other
     * (docs/operating.md): two nodes declaring the same new scoring standards at the same moment collide on its
     * unique key (core then declares once more and finds them published). The series' row is shared, so a node's
     * REST answer alone does not show that the node itself took the jar: each step also waits for the node's log.
     */
    @Test
    public void bSeriesPluginInstalledUpgradedAndRemovedOnEveryNode() throws Exception {
        String code = "cluster-" + TestData.token("").toLowerCase(java.util.Locale.ROOT);
        String bundle = "org.zhicheng.series.itest." + code.replace('-', '.');
        byte[] first = PluginJars.jar(bundle, "1.0.0", PluginJars.series(code, "测试集群系列"),
                PluginJars.scoring(Map.of(1, 20))).readAllBytes();
        byte[] second = PluginJars.jar(bundle, "1.1.0", PluginJars.series(code, "测试集群系列二"),
                PluginJars.scoring(Map.of(1, 20, 2, 15))).readAllBytes();
        for (InstalledDistribution node : List.of(nodeA, nodeB)) {
            deploy(node, bundle, first);
            awaitLog(node, "Series " + code + " (测试集群系列) accepting applications", 1);
            awaitSeries(node, code, "installed", s -> s != null && "测试集群系列".equals(s.get("name").asText())
                    && "ACCEPTING".equals(s.get("availability").asText()));
        }
        for (InstalledDistribution node : List.of(nodeA, nodeB)) {
            deploy(node, bundle, second);
            awaitLog(node, "Series " + code + " (测试集群系列二) accepting applications", 1);
            awaitSeries(node, code, "upgraded", s -> s != null && "测试集群系列二".equals(s.get("name").asText())
                    && "ACCEPTING".equals(s.get("availability").asText()));
        }
        for (InstalledDistribution node : List.of(nodeA, nodeB)) {
            Files.delete(node.home().resolve("deploy").resolve(bundle + ".jar"));
            awaitLog(node, "Series " + code + " suspended", 2); // once for the upgrade, once now
            awaitSeries(node, code, "removed", s -> s == null || !"ACCEPTING".equals(s.get("availability").asText()));
        }
    }

    private static void awaitLog(InstalledDistribution node, String line, int times) {
        Await.until("port " + node.httpPort() + " logs '" + line + "' " + times + "×", java.time.Duration.ofSeconds(90),
                () -> node.logCount(line) >= times);
    }

    /** Written beside deploy/ and moved in whole: File Install must not pick up half a jar. */
    private static void deploy(InstalledDistribution node, String bundle, byte[] jar) throws IOException {
        Path temporary = node.home().resolve(bundle + ".jar.tmp");
        Files.write(temporary, jar);
        Files.move(temporary, node.home().resolve("deploy").resolve(bundle + ".jar"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitSeries(InstalledDistribution node, String code, String what,
                                    java.util.function.Predicate<JsonNode> expected) {
        Await.until("series " + code + " " + what + " on port " + node.httpPort(), java.time.Duration.ofSeconds(90), () -> {
            try {
                HttpResult response = Http.request(node.httpPort(), "GET", "/api/v1/series/" + code, null, null);
                return expected.test(response.status() == 200 ? JsonApi.read(200, response) : null);
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Sticky sessions, then the node a user is on stops: they sign in again through HAProxy and find their data. */
    @Test
    public void cWhenANodeStopsItsUsersSignInAgainOnTheOtherAndFindTheirSavedData() throws Exception {
        HttpResult first = proxy("/", Map.of());
        assertEquals(200, first.status());
        String cookie = first.header("Set-Cookie");
        assertNotNull("HAProxy sets its sticky cookie", cookie);
        String pinned = cookie.substring(0, cookie.indexOf(';'));
        String served = node(first);
        for (int i = 0; i < 4; i++) { // a Vaadin session stays on its node
            assertEquals(served, node(proxy("/", Map.of("Cookie", pinned))));
        }
        JsonApi viaProxy = new JsonApi(proxyPort);
        JsonApi.Registered applicant = viaProxy.register(TestData.token("温宿县水利局-"), "温宿县");
        long id = viaProxy.draft(applicant, "engineering", "水利专业", "中级").get("id").asLong();
        CompleteFiles.completeOverHttp(proxyPort, id, applicant.credentials());
        String sections = JsonApi.read(200, viaProxy.get("/api/v1/applications/" + id + "/sections",
                applicant.credentials())).toString();

        ("a".equals(served) ? nodeA : nodeB).stop();
        Await.until("HAProxy sends the pinned session elsewhere", java.time.Duration.ofSeconds(60),
                () -> { HttpResult r = proxy("/", Map.of("Cookie", pinned)); return r.status() == 200
                        && !served.equals(node(r)); });
        HttpResult again = Http.send(proxyPort, "GET", "/api/v1/applications/" + id + "/sections", null, null,
                applicant.credentials(), Map.of("Cookie", pinned));
        assertEquals(again.body(), 200, again.status());
        assertNotEquals(served, node(again));
        assertEquals(sections, JsonApi.read(200, again).toString());
    }

    /** A response body as bytes (a scan), after checking it is a 200. */
    private static byte[] bytes(int port, String path, Http.Credentials credentials) throws IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) new java.net.URL("http://localhost:" + port + path)
                .openConnection();
        String token = credentials.user() + ":" + credentials.password();
        connection.setRequestProperty("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(path, 200, connection.getResponseCode());
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            }
        } finally {
            connection.disconnect();
        }
    }

    /** An administrator made on node A's console (zhicheng:admin-create), signing in on either node. */
    private static Http.Credentials administrator() throws Exception {
        String name = "it-cluster-admin-" + TestData.token("").toLowerCase(java.util.Locale.ROOT);
        Matcher password = ADMIN_PASSWORD.matcher(nodeA.client("zhicheng:admin-create " + name));
        assertTrue(password.find());
        return new Http.Credentials(name, password.group(1));
    }
}
