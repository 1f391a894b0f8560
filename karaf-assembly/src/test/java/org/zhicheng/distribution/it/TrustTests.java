package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15 items 5 and 6 over real HTTP in the distribution: the audit log's signed checkpoints in data/, exported by
 * administrators and integrations only (403 for others, 401 for nobody), and verification that reports a forged one
 * the platform's own role is core's alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TrustTests extends ContainerTestSupport {

    private static final String CHECKPOINTS = "/api/v1/audit/checkpoints";
    private static final String VERIFICATION = "/api/v1/audit/verification";
    private static final String LINE = "v1 \\d+ \\d+ [0-9a-f]{64} \\S+ (-|[0-9a-f]{64}) [0-9a-f]{64}";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AuditLog audit;

    private JsonApi api;

    @Before
    public void client() {
        api = new JsonApi(httpPort());
        Await.until("GET /api/v1/me answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/me", Api.demo("admin")).status() == 200);
    }

    private HttpResult export(Http.Credentials who) throws Exception {
        return Http.get(httpPort(), CHECKPOINTS, "text/plain, application/problem+json", who);
    }

    private static Path checkpointFile() {
        return Path.of(System.getProperty("karaf.data"), "audit-checkpoints.log");
    }

    @Test
    public void administratorsAndIntegrationsExportTheSignedCheckpointsOthersAreRefused_R36() throws Exception {
        for (String reader : new String[] {"admin", "integration"}) {
            HttpResult exported = export(Api.demo(reader));
            assertEquals(exported.body(), 200, exported.status());
            assertTrue(exported.header("Content-Type"), exported.header("Content-Type").startsWith("text/plain"));
            List<String> lines = exported.body().lines().toList();
            assertFalse("checkpoints are written while the platform runs", lines.isEmpty());
            for (String line : lines) {
                assertTrue(line, line.matches(LINE));
            }
            // the export is audited, in the reader's name, and covers that very entry
            List<AuditEntry> exports = audit.entries("audit:checkpoints", IT);
            AuditEntry mine = exports.get(exports.size() - 1);
            assertEquals(reader, mine.actor());
            String[] newest = lines.get(lines.size() - 1).split(" ");
            assertTrue(lines.get(lines.size() - 1), Long.parseLong(newest[2]) >= mine.sequence());
            // what is exported is the file under data/, as it was at the export (later lines may follow)
            assertTrue(Files.readString(checkpointFile(), StandardCharsets.UTF_8).startsWith(exported.body()));
        }
        long before = audit.count(IT);
        for (String stranger : new String[] {"ayigul", "office", "unit-shuili", "expert1"}) {
            JsonApi.assertProblem(export(Api.demo(stranger)), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get(VERIFICATION, Api.demo(stranger)), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get("/api/v1/audit?limit=5", Api.demo(stranger)), 403, "FORBIDDEN");
        }
        assertEquals(401, export(null).status());
        // a bad page is a 400 and records nothing
        JsonApi.assertProblem(api.get("/api/v1/audit?limit=5000", Api.demo("admin")), 400, "INVALID_INPUT");
        assertEquals("refusals record nothing", before, audit.count(IT));
    }

    @Test
    public void verificationOverHttpReportsAForgedCheckpoint_R36() throws Exception {
        Await.until("a checkpoint is written", STATE_TIMEOUT, () -> checkpointFile().toFile().length() > 0);
        JsonNode intact = JsonApi.read(200, api.get(VERIFICATION, Api.demo("admin")));
        assertTrue(intact.toString(), intact.get("intact").asBoolean());

        // someone with the files but not the key rewrites the first checkpoint to anchor less than it did
        Path file = checkpointFile();
        String original = Files.readAllLines(file).get(0);
        String[] parts = original.split(" ");
        parts[2] = Long.toString(Long.parseLong(parts[2]) + 1);
        String forged = String.join(" ", parts);
        replaceFirstLine(file, forged);
        try {
            JsonNode broken = JsonApi.read(200, api.get(VERIFICATION, Api.demo("integration")));
            assertFalse(broken.toString(), broken.get("intact").asBoolean());
            assertTrue(broken.toString(), broken.get("problem").asText()
                    .startsWith("checkpoint line 1 of audit-checkpoints.log fails its signature"));
        } finally {
            replaceFirstLine(file, original);
        }
        assertTrue(JsonApi.read(200, api.get(VERIFICATION, Api.demo("admin"))).get("intact").asBoolean());
    }

    @Test
    public void verificationSinceTheLastOneChecksOnlyTheNewEntries_R36() throws Exception {
        JsonNode full = JsonApi.read(200, api.get(VERIFICATION, Api.demo("admin")));
        assertTrue(full.toString(), full.get("intact").asBoolean());
        long after = audit.count(IT);
        assertTrue(full.toString(), full.get("entriesChecked").asLong() <= after);
        JsonNode recent = JsonApi.read(200, api.get(VERIFICATION + "?sinceLast=true", Api.demo("integration")));
        assertTrue(recent.toString(), recent.get("intact").asBoolean());
        assertTrue(recent.toString(), recent.get("entriesChecked").asLong() <= audit.count(IT) - after);
        JsonApi.assertProblem(api.get(VERIFICATION + "?sinceLast=maybe", Api.demo("admin")), 400, "INVALID_INPUT");
        JsonApi.assertProblem(api.get(VERIFICATION + "?sinceLast=true", Api.demo("ayigul")), 403, "FORBIDDEN");
    }

    /** Rewrites only the first line, keeping whatever the platform appended meanwhile. */
    private static void replaceFirstLine(Path file, String line) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, line);
        Files.write(file, lines);
    }

    @Test
    public void aSystemActorBuiltOutsideCoreIsRefused() {
        Actor forged = new Actor("pax-exam-plugin", null, Role.SYSTEM, null, null, null, java.util.Set.of(), null);
        try {
            audit.verify(forged);
            throw new AssertionError("a system actor of the test bundle verified the audit log");
        } catch (ZhichengException e) {
            assertEquals("FORBIDDEN", e.code());
        }
        try {
            applicants.count(forged);
            throw new AssertionError("a system actor of the test bundle counted applicants");
        } catch (ZhichengException e) {
            assertEquals("FORBIDDEN", e.code());
        }
    }

    @Test
    public void anyActorTheTestBundleBuiltItselfIsRefusedEvenALookAlikeOfItsOwnSignedInOne() {
        long applicantsBefore = applicants.count(IT);
        long entriesBefore = audit.count(IT);
        Actor lookAlike = new Actor(IT.username(), IT.displayName(), IT.role(), IT.applicantId(), IT.employer(), IT.county(),
                IT.seriesCodes(), IT.expertId(), IT.unitId());
        assertEquals("equal by value to the signed-in one", IT, lookAlike);
        for (Actor forged : List.of(lookAlike, Actor.admin("pax-exam-admin"), Actor.integration("integration"),
                Actor.committeeOffice("office", java.util.Set.of()), Actor.countyBureau("kuqa-hr", "库车市"))) {
            for (Runnable act : List.<Runnable>of(() -> applicants.count(forged), () -> audit.count(forged),
                    () -> audit.verify(forged), () -> applicants.register(new NewApplicant("冒名" + TestData.token(""),
                            TestData.idNumber(), TestData.token("unit"), Tier.TOWNSHIP, ""), forged))) {
                try {
                    act.run();
                    throw new AssertionError(forged + " built by the test bundle was served");
                } catch (ZhichengException e) {
                    assertEquals(e.getMessage(), "FORBIDDEN", e.code());
                }
            }
        }
        assertEquals("nobody registered", applicantsBefore, applicants.count(IT));
        assertEquals("nothing recorded", entriesBefore, audit.count(IT));
    }
}
