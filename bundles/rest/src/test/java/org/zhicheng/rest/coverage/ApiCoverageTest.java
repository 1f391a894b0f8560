package org.zhicheng.rest.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every act over the API (issue 11): every method of an {@code org.zhicheng.api} interface the web UI calls is also
 * called by the rest bundle (so it has a route with core's authorisation), unless {@code api-coverage-exclusions.txt}
 * names it with a reason; and every JAX-RS route of the rest bundle is in the generated OpenAPI document. Both are
 * read from the compiled classes, so whatever another change adds to the UI or the resources is checked too.
 */
class ApiCoverageTest {

    private static final Path EXCLUSIONS = Path.of("api-coverage-exclusions.txt");
    private static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");

    @Test
    void everyServiceMethodTheUiCallsHasARoute() throws IOException {
        Set<String> ui = ServiceCalls.in(uiClasses(), "org/zhicheng/ui/");
        Set<String> rest = ServiceCalls.in(restClasses(), "org/zhicheng/rest/");
        assertTrue(ui.size() > 30, "the UI's calls were read: " + ui);
        Map<String, String> exclusions = exclusions();
        Set<String> missing = withoutRoute(ui, rest, exclusions.keySet());
        assertTrue(missing.isEmpty(), "service methods the UI calls without a REST route (add one, or a reasoned line to "
                + EXCLUSIONS + "): " + missing);
        Set<String> stale = exclusions.keySet().stream()
                .filter(excluded -> ui.stream().noneMatch(call -> matches(excluded, call))
                        || rest.stream().anyMatch(call -> matches(excluded, call)) && !excluded.endsWith(".*"))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!stale.isEmpty()) {
            // not a failure: a parallel change may have added the route; the line is then to be removed
            System.out.println("api-coverage-exclusions.txt lines no longer needed: " + stale);
        }
    }

    @Test
    void aUiCallWithoutRouteOrExclusionIsReported() throws IOException {
        Set<String> ui = new TreeSet<>(ServiceCalls.in(uiClasses(), "org/zhicheng/ui/"));
        ui.add("org.zhicheng.api.service.ApplicationService.somethingNew");
        Set<String> missing = withoutRoute(ui, ServiceCalls.in(restClasses(), "org/zhicheng/rest/"), exclusions().keySet());
        assertEquals(Set.of("org.zhicheng.api.service.ApplicationService.somethingNew"), missing);
        // and the wildcard excludes a whole interface only
        assertTrue(matches("org.zhicheng.api.screen.ScreenContribution.*", "org.zhicheng.api.screen.ScreenContribution.route"));
        assertFalse(matches("org.zhicheng.api.screen.ScreenContribution.*", "org.zhicheng.api.screen.ScreenContributionX.route"));
    }

    @Test
    void everyRouteIsInTheOpenApiDocument() throws IOException {
        Set<String> routes = Routes.ofResources(restClasses(), "org/zhicheng/rest/");
        assertTrue(routes.contains("POST /v1/applications/{id}/submit"), "the resources were read: " + routes);
        Set<String> documented = Routes.ofDocument(document());
        Set<String> undocumented = new TreeSet<>(routes);
        undocumented.removeAll(documented);
        assertTrue(undocumented.isEmpty(), "routes missing from " + DOCUMENT + ": " + undocumented);
        assertEquals(Set.of(), difference(documented, routes), "the document describes only real routes");
    }

    @Test
    void aRouteMissingFromTheDocumentIsReported() throws IOException {
        JsonNode document = document();
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("paths")).remove("/v1/filings");
        Set<String> undocumented = difference(Routes.ofResources(restClasses(), "org/zhicheng/rest/"), Routes.ofDocument(document));
        assertEquals(Set.of("GET /v1/filings", "POST /v1/filings"), undocumented);
        assertEquals("/v1/docs/{file}", Routes.path("v1/docs/{file: [a-z.]+}/"));
    }

    /** The UI's calls that the rest bundle does not make and no exclusion names. */
    static Set<String> withoutRoute(Set<String> ui, Set<String> rest, Set<String> exclusions) {
        return ui.stream().filter(call -> !rest.contains(call))
                .filter(call -> exclusions.stream().noneMatch(excluded -> matches(excluded, call)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean matches(String excluded, String call) {
        return excluded.endsWith(".*") ? call.startsWith(excluded.substring(0, excluded.length() - 1))
                && call.indexOf('.', excluded.length() - 1) < 0 : excluded.equals(call);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    /** Method → reason; a line without a reason fails the test. */
    private static Map<String, String> exclusions() throws IOException {
        Map<String, String> exclusions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXCLUSIONS, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int bar = text.indexOf('|');
            if (bar < 0 || text.substring(bar + 1).isBlank()) {
                fail(EXCLUSIONS + ": every exclusion needs its reason after '|': " + text);
            }
            exclusions.put(text.substring(0, bar).strip(), text.substring(bar + 1).strip());
        }
        return exclusions;
    }

    private static JsonNode document() throws IOException {
        assertTrue(Files.isRegularFile(DOCUMENT), DOCUMENT + " is generated in process-classes (swagger-maven-plugin)");
        return new ObjectMapper().readTree(DOCUMENT.toFile());
    }

    private static Path restClasses() {
        try {
            return Path.of(ApiCoverageTest.class.getClassLoader()
                    .getResource("org/zhicheng/rest/internal/Extensions.class").toURI()).getParent().getParent()
                    .getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ui bundle on the test class path: its jar, or its classes folder in a reactor build. */
    private static Path uiClasses() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith("zhicheng-ui")
                    || Files.isDirectory(path.resolve("org/zhicheng/ui"))) {
                return path;
            }
        }
        throw new IllegalStateException("the ui bundle (test dependency zhicheng-ui) is not on the class path");
    }
}
