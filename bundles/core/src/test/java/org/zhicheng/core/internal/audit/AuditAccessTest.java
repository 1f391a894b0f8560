package org.zhicheng.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.security.CoreActors;

/** Issue 15: core checks every operation of the audit log by the role of the actor passed in, on real Derby. */
class AuditAccessTest {

    private static final Actor ADMIN = CoreActors.issue(Actor.admin("root-admin"));
    private static final Actor REGION = CoreActors.issue(Actor.integration("region-platform"));
    private static final Actor APPLICANT = CoreActors.issue(Actor.applicant("ayigul", "阿依古丽", 1, "阿克苏地区水利局", null));
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("office", Set.of()));
    /** What a plugin could build: the platform's role, not issued by core. */
    private static final Actor FORGED_SYSTEM = new Actor("economics-plugin", null, Role.SYSTEM, null, null, null, Set.of(), null);

    private DerbyJpa jpa;
    private AuditLog audit;
    private Path checkpointFile;

    @BeforeEach
    void open() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "audit-access", UUID.randomUUID().toString()));
        jpa = new DerbyJpa(folder.resolve("derby"));
        checkpointFile = folder.resolve("audit-checkpoints.log");
        Supplier<LocalDate> today = () -> LocalDate.of(2023, 8, 1);
        audit = new AuditLogImpl(jpa, Clock.systemUTC(), today, new AuditCheckpoints(checkpointFile, folder.resolve("key")));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private static void assertForbidden(Runnable act) {
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, act::run).code());
    }

    @Test
    void onlyThePlatformAndIntegrationsRecordAndOnlyInTheirOwnName_R36() {
        AuditEntry entry = audit.record(REGION, "FEE_IMPORTED", "application:7", "银行回单");
        assertEquals("region-platform", entry.actor());
        AuditEntry platform = audit.record(CoreActors.system("scheduler"), "CAMPAIGN_OPENED", "campaign:2023", "");
        assertEquals("scheduler", platform.actor());
        // the entry is anchored at once
        assertTrue(checkpointFile.toFile().exists());
        for (Actor other : List.of(ADMIN, APPLICANT, OFFICE, FORGED_SYSTEM)) {
            assertForbidden(() -> audit.record(other, "APPLICATION_APPROVED", "application:7", ""));
        }
        assertEquals(2, audit.count(ADMIN), "nothing recorded by the refused");
    }

    @Test
    void onlyAdministratorsAndIntegrationsSearchVerifyAndExport_R36() {
        audit.record(REGION, "FEE_IMPORTED", "application:7", "");
        for (Actor reader : List.of(ADMIN, REGION)) {
            assertEquals(1, audit.search(null, "FEE_IMPORTED", null, null, null, 0, 10, reader).size());
            assertTrue(audit.verify(reader).intact());
        }
        for (Actor other : List.of(APPLICANT, OFFICE, FORGED_SYSTEM)) {
            assertForbidden(() -> audit.search(null, null, null, null, null, 0, 10, other));
            assertForbidden(() -> audit.verify(other));
            assertForbidden(() -> audit.checkpoints(other));
        }
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class, () -> audit.verify(null)).code());
        assertEquals(1, audit.count(ADMIN), "refused exports are not recorded");

        String exported = audit.checkpoints(ADMIN);
        // who exported is on record, and the export anchors that entry too
        AuditEntry export = audit.search(null, "AUDIT_CHECKPOINTS_EXPORTED", null, null, null, 0, 10, ADMIN).get(0);
        assertEquals("root-admin", export.actor());
        String[] newest = exported.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        assertEquals(export.sequence(), Long.parseLong(newest[2]));
        assertEquals(export.hash(), newest[3]);
    }
}
