package org.zhicheng.core.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhicheng.api.backup.Backup;
import org.zhicheng.api.backup.BackupService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.TestActors;
import org.zhicheng.core.internal.audit.AuditCheckpoints;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.security.CoreActors;

/** Issue 17: an online backup of a real Derby database, its attachments and checkpoints, and its manifest. */
class BackupServiceImplTest {

    private static final Actor ADMIN = CoreActors.issue(Actor.admin("backup-admin"));

    @TempDir
    Path temp;

    private DerbyJpa jpa;
    private AuditLogImpl audit;
    private Path attachments;
    private BackupServiceImpl backups;

    @BeforeEach
    void start() throws Exception {
        jpa = new DerbyJpa();
        audit = new AuditLogImpl(jpa, Clock.systemUTC(), () -> LocalDate.of(2023, 8, 1),
                new AuditCheckpoints(temp.resolve("data/audit-checkpoints.log"), temp.resolve("etc/checkpoint.key")));
        attachments = Files.createDirectories(temp.resolve("data/attachments/42"));
        Files.write(attachments.resolve("scan-1.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3});
        Files.write(attachments.resolve("scan-2.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 9});
        Files.write(attachments.resolve("scan-3.pdf.part"), new byte[] {'%', 'P'}); // an upload still being written
        backups = new BackupServiceImpl(jpa, audit, temp.resolve("backups"), temp.resolve("data/attachments"),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        jpa.close();
    }

    @Test
    void backupHoldsTheDatabaseTheAttachmentsAndTheCheckpointsWithTheirChecksums() throws Exception {
        for (int i = 0; i < 5; i++) {
            audit.record("tester", "TEST", "backup", "before " + i);
        }
        audit.anchor();
        long entriesAtBackup = audit.count();

        Backup backup = backups.backup("first", ADMIN);
        audit.record("tester", "TEST", "backup", "after"); // not in the backup

        Path directory = Path.of(backup.directory());
        assertEquals(temp.resolve("backups/first").toAbsolutePath(), directory);
        assertEquals("Apache Derby", backup.database());
        assertEquals(entriesAtBackup, backup.auditEntries());
        assertEquals(2, backup.attachments());
        assertTrue(Files.exists(directory.resolve("attachments/42/scan-1.pdf")));
        assertFalse(Files.exists(directory.resolve("attachments/42/scan-3.pdf.part")));
        assertEquals(Files.readString(temp.resolve("data/audit-checkpoints.log")),
                Files.readString(directory.resolve("audit-checkpoints.log")));

        // the manifest lists every other file once, with its real SHA-256
        Map<String, String> manifest = Files.readAllLines(directory.resolve(BackupService.MANIFEST), StandardCharsets.UTF_8)
                .stream().collect(Collectors.toMap(l -> l.substring(66), l -> l.substring(0, 64)));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.endsWith(BackupService.MANIFEST)).toList();
        }
        assertEquals(files.size(), manifest.size());
        assertEquals(backup.files(), manifest.size());
        for (Path file : files) {
            assertEquals(BackupServiceImpl.sha256(file), manifest.get(directory.relativize(file).toString()), file.toString());
        }
        assertEquals(BackupServiceImpl.sha256(attachments.resolve("scan-2.png")), manifest.get("attachments/42/scan-2.png"));

        // the backed-up database opens on its own, with the entries at the backup and an intact chain
        Path database;
        try (Stream<Path> list = Files.list(directory.resolve("database"))) {
            database = list.findFirst().orElseThrow();
        }
        try (DerbyJpa restored = new DerbyJpa(database)) {
            AuditLogImpl restoredLog = new AuditLogImpl(restored);
            assertEquals(entriesAtBackup, restoredLog.count());
            assertTrue(restoredLog.verify().intact(), restoredLog.verify().toString());
        }
        assertEquals("BACKUP_TAKEN", audit.search(null, "BACKUP_TAKEN", null, null, null, 0, 10).get(0).action());
    }

    @Test
    void refusesAnyoneButAnAdministratorAndChangesNothing() {
        ZhichengException refused = assertThrows(ZhichengException.class, () -> backups.backup("by-tester", TestActors.TESTER));
        assertEquals("FORBIDDEN", refused.code());
        assertFalse(Files.exists(temp.resolve("backups/by-tester")));
        // the console's administrator and core's own acts may
        assertTrue(Files.isDirectory(Path.of(backups.backup("by-system", CoreActors.system("test")).directory())));
    }

    @Test
    void refusesADirectoryOutsideTheRoot() {
        for (String outside : List.of("../escaped", temp.resolve("elsewhere").toString(), ".")) {
            ZhichengException refused = assertThrows(ZhichengException.class, () -> backups.backup(outside, ADMIN), outside);
            assertEquals("BACKUP_OUTSIDE_ROOT", refused.code());
            assertEquals(400, refused.status());
        }
        assertFalse(Files.exists(temp.resolve("escaped")));
        assertFalse(Files.exists(temp.resolve("elsewhere")));
    }

    @Test
    void refusesAnExistingNonEmptyDirectoryAndLeavesItAlone() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("backups/taken"));
        Files.writeString(existing.resolve("notes.txt"), "keep me");
        ZhichengException refused = assertThrows(ZhichengException.class, () -> backups.backup("taken", ADMIN));
        assertEquals("BACKUP_TARGET_NOT_EMPTY", refused.code());
        assertEquals(409, refused.status());
        try (Stream<Path> list = Files.list(existing)) {
            assertEquals(List.of(existing.resolve("notes.txt")), list.toList());
        }
        // an empty one is taken, and a blank name gets one from the time
        Files.createDirectories(temp.resolve("backups/empty"));
        assertTrue(Files.exists(Path.of(backups.backup("empty", ADMIN).directory()).resolve(BackupService.MANIFEST)));
        assertTrue(Path.of(backups.backup(" ", ADMIN).directory()).getFileName().toString().startsWith("zhicheng-"));
    }
}
