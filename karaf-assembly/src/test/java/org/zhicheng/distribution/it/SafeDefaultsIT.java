package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 15, items 3 and 4, on the distribution as shipped (bin/start on a fresh unpacked copy, no demo feature), with
 * HTTPS switched on as docs/operating.md describes, with a key store this test generates with the JDK's keytool:
 * the security headers on the UI, its static and stream resources, the API and its documents; the session cookie;
 * HTTPS; no demo account, data or clock; a generated console password (admin/admin refused); SSH on 127.0.0.1 only.
 */
public class SafeDefaultsIT {

    private static final String STORE_PASSWORD = "it-" + Long.toHexString(System.nanoTime());
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static InstalledDistribution platform;
    private static int httpsPort;
    private static HttpClient http;
    private static HttpClient https;

    @BeforeClass
    public static void startProductionWithHttps() throws Exception {
        assumeFalse("bin/start and bin/client are shell scripts", System.getProperty("os.name").startsWith("Windows"));
        platform = InstalledDistribution.unpackProduction("safe-defaults");
        Path keyStore = platform.home().resolve("etc/zhicheng.p12");
        keytool("-genkeypair", "-alias", "zhicheng", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost, O=Zhicheng IT", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD);
        httpsPort = ContainerTestSupport.freePort();
        String web = "etc/org.ops4j.pax.web.cfg";
        platform.setProperty(web, "org.osgi.service.http.secure.enabled", "true");
        platform.setProperty(web, "org.osgi.service.http.port.secure", Integer.toString(httpsPort));
        platform.setProperty(web, "org.ops4j.pax.web.ssl.keystore", "${karaf.etc}/zhicheng.p12");
        platform.setProperty(web, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12");
        platform.setProperty(web, "org.ops4j.pax.web.ssl.keystore.password", STORE_PASSWORD);
        platform.setProperty(web, "org.ops4j.pax.web.ssl.key.password", STORE_PASSWORD);
        platform.setProperty(web, "org.ops4j.pax.web.ssl.key.alias", "zhicheng");
        platform.start();

        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        // trusts the generated certificate and nothing else; the host name is checked against its SAN
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Await.until("GET /api/v1/series answers 200", TIMEOUT, () -> status(get(http, base() + "/api/v1/series", null)) == 200);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    public void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get(http, base() + "/", null);
        assertEquals(200, page.statusCode());
        assertHeaders("the UI's page", page, "'none'", "DENY");
        assertTrue(page.headers().map().toString(), page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("object-src 'none'"));

        Matcher script = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue("the page names its script bundle:\n" + page.body(), script.find());
        HttpResponse<String> staticResource = get(http, base() + "/" + script.group(1), null);
        assertEquals(200, staticResource.statusCode());
        assertHeaders("a static resource", staticResource, "'none'", "DENY");

        // printable documents and scans are Vaadin stream resources: framed by the platform's own preview only
        HttpResponse<String> document = get(http, base() + "/VAADIN/dynamic/resource/0/0/document.html", null);
        assertHeaders("a stream resource (status " + document.statusCode() + ")", document, "'self'", "SAMEORIGIN");

        HttpResponse<String> api = get(http, base() + "/api/v1/series", null);
        assertEquals(200, api.statusCode());
        assertHeaders("the API", api, API, "'none'", "DENY");
        HttpResponse<String> refused = get(http, base() + "/api/v1/me", null);
        assertEquals(401, refused.statusCode());
        assertHeaders("the API's 401", refused, API, "'none'", "DENY");
        HttpResponse<String> openApi = get(http, base() + "/api/openapi.json", null);
        assertEquals(200, openApi.statusCode());
        assertHeaders("the OpenAPI document", openApi, API, "'none'", "DENY");
        HttpResponse<String> notFound = get(http, base() + "/api/v1/no-such-route", null);
        assertHeaders("the API's 404 (status " + notFound.statusCode() + ")", notFound, API, "'none'", "DENY");
    }

    @Test
    public void theSessionCookieIsSameSiteLaxHttpOnlyAndSecureOverHttps() throws Exception {
        String overHttp = sessionCookie(get(http, base() + "/", null));
        assertTrue(overHttp, overHttp.matches("(?i).*;\\s*SameSite=Lax.*"));
        assertTrue(overHttp, overHttp.matches("(?i).*;\\s*HttpOnly.*"));
        assertFalse("plain HTTP: not Secure, else the browser would drop it: " + overHttp, overHttp.matches("(?i).*;\\s*Secure.*"));

        String overHttps = sessionCookie(get(https, secureBase() + "/", null));
        assertTrue(overHttps, overHttps.matches("(?i).*;\\s*SameSite=Lax.*"));
        assertTrue(overHttps, overHttps.matches("(?i).*;\\s*HttpOnly.*"));
        assertTrue("over HTTPS the cookie is Secure: " + overHttps, overHttps.matches("(?i).*;\\s*Secure.*"));
    }

    @Test
    public void httpsWorksWithTheGeneratedCertificate() throws Exception {
        HttpResponse<String> page = get(https, secureBase() + "/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html"));
        assertHeaders("the UI over HTTPS", page, "'none'", "DENY");
        HttpResponse<String> series = get(https, secureBase() + "/api/v1/series", null);
        assertEquals(200, series.statusCode());
        assertTrue(series.body().startsWith("["));
        assertHeaders("the API over HTTPS", series, API, "'none'", "DENY");
    }

    @Test
    public void aProductionBootHasNoDemoAccountNoDemoDataAndTheSystemDate() throws Exception {
        for (String demoAccount : List.of("admin", "office", "zhicheng", "ayigul", "unit-shuili", "integration")) {
            assertEquals("demo account " + demoAccount + " with the demo password", 401,
                    status(get(http, base() + "/api/v1/me", basic(demoAccount, "zhicheng"))));
        }
        assertEquals("total 0", firstLine(platform.client("zhicheng:applicant-list --limit 5")));
        String features = platform.client("feature:list -i --no-format");
        assertFalse(features, features.contains("zhicheng-demo"));
        assertTrue(features, features.contains("zhicheng-core"));
        assertFalse(Files.exists(platform.home().resolve("etc/org.zhicheng.demo.cfg")));
        assertFalse(Files.exists(platform.home().resolve("etc/org.zhicheng.clock.cfg")));
        // the production checklist's first administrator, created in the console with a generated password
        Matcher created = Pattern.compile("created administrator (\\S+) with the password (\\S+)")
                .matcher(platform.client("zhicheng:admin-create ops-admin"));
        assertTrue(created.find());
        assertEquals(200, status(get(http, base() + "/api/v1/me", basic("ops-admin", created.group(2)))));
        String clock = get(http, base() + "/api/v1/clock", null).body();
        LocalDate beijing = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue("the platform date is the system date, not the demo's 2023-08-01: " + clock,
                clock.contains(beijing.toString()) || clock.contains(beijing.minusDays(1).toString()));
    }

    @Test
    public void theConsoleHasAGeneratedAdministratorPasswordAndRefusesAdminAdmin() throws Exception {
        Path kept = platform.home().resolve("data/console-password.txt");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        String password = platform.consolePassword();
        assertNotNull(password);
        assertTrue(password.length() >= 20);
        String users = Files.readString(platform.home().resolve("etc/users.properties"), StandardCharsets.ISO_8859_1);
        assertTrue(users.lines().noneMatch(l -> l.matches("\\s*admin\\s*=\\s*admin\\s*,.*")));
        // Karaf's JAAS encryption is on: the file keeps a SHA-512 digest, never the password in clear
        assertFalse("the generated password is in clear in users.properties", users.contains(password));
        assertTrue(users, users.lines().anyMatch(l -> l.matches("admin = \\{CRYPT\\}[0-9A-F]{128}\\{CRYPT\\},_g_:admingroup")));

        String refused = platform.clientAs("admin", "admin", "zhicheng:applicant-list --limit 1", 1);
        assertFalse("admin/admin logged in:\n" + refused, refused.contains("total "));
        String accepted = platform.clientAs("admin", password, "zhicheng:applicant-list --limit 1", 3);
        assertTrue("the generated password logs in:\n" + accepted, accepted.contains("total 0"));
    }

    @Test
    public void sshListensOnTheLoopbackAddressOnly() throws Exception {
        assertTrue("ssh on 127.0.0.1", connects(InetAddress.getByName("127.0.0.1"), platform.sshPort()));
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(SafeDefaultsIT::up).flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue("this machine has an address besides the loopback", external.isPresent());
        assertTrue("HTTP answers on " + external.get() + " (the check itself works)",
                connects(external.get(), platform.httpPort()));
        assertFalse("ssh must not answer on " + external.get(), connects(external.get(), platform.sshPort()));
    }

    // ---- helpers

    /** The REST API's data and document: nothing may load or run from them (issue 15). */
    private static final String API = "default-src 'none'";

    private static void assertHeaders(String what, HttpResponse<String> response, String frameAncestors, String frameOptions) {
        assertHeaders(what, response, "default-src 'self'", frameAncestors, frameOptions);
    }

    private static void assertHeaders(String what, HttpResponse<String> response, String defaultSource,
                                      String frameAncestors, String frameOptions) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse(null);
        assertNotNull(what + ": no Content-Security-Policy " + response.headers().map(), policy);
        assertTrue(what + ": " + policy, policy.contains(defaultSource));
        assertTrue(what + ": " + policy, policy.contains("frame-ancestors " + frameAncestors));
        assertEquals(what, Optional.of(frameOptions), response.headers().firstValue("X-Frame-Options"));
        assertEquals(what, Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"));
        assertEquals(what, Optional.of("same-origin"), response.headers().firstValue("Referrer-Policy"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no JSESSIONID in " + response.headers().map()));
    }

    private static HttpResponse<String> get(HttpClient client, String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String base() {
        return "http://localhost:" + platform.httpPort();
    }

    private static String secureBase() {
        return "https://localhost:" + httpsPort;
    }

    private static String firstLine(String output) {
        return output.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("keytool did not finish", process.waitFor(60, TimeUnit.SECONDS));
        assertEquals("keytool: " + output, 0, process.exitValue());
    }
}
