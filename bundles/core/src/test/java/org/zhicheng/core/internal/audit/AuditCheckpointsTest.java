package org.zhicheng.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.core.internal.DerbyJpa;

/**
 * Issue 15, R-36: the chain's head anchored outside the database. Real Derby files under target/, tampered with through
 * plain JDBC as someone with database access but not the platform's files would, then the platform restarted on them.
 */
class AuditCheckpointsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-08-01T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2023, 8, 1);

    private Path folder;
    private Path database;
    private DerbyJpa jpa;
    private AuditLogImpl audit;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createDirectories(Path.of("target", "audit-checkpoints", UUID.randomUUID().toString()));
        database = folder.resolve("derby");
        jpa = new DerbyJpa(database);
        audit = restarted();
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    /** The audit log as the platform starts it: on the same database, checkpoints and key. */
    private AuditLogImpl restarted() {
        return new AuditLogImpl(jpa, CLOCK, () -> TODAY, checkpoints());
    }

    private AuditCheckpoints checkpoints() {
        return new AuditCheckpoints(folder.resolve("data").resolve("audit-checkpoints.log"),
                folder.resolve("etc").resolve("zhicheng-audit-checkpoint.key"));
    }

    private Path checkpointFile() {
        return folder.resolve("data").resolve("audit-checkpoints.log");
    }

    /** Entries recorded as core's acts record them: inside a transaction of their own, then anchored. */
    private void recordAndAnchor(int n) {
        for (int i = 1; i <= n; i++) {
            int number = i;
            jpa.tx(TransactionType.Required, em -> audit.record(em, "reviewer", "APPLICATION_RETURNED",
                    "application:" + number, "材料不全"));
            audit.anchor();
        }
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + database);
    }

    /** The truncation the probe did: the newest entries deleted and the head row rewritten to match what is left. */
    private void truncateTo(long keep) throws SQLException {
        try (Connection c = jdbc()) {
            String hash;
            long atMicros;
            try (PreparedStatement last = c.prepareStatement(
                    "SELECT ENTRY_HASH, AT_EPOCH_MICROS FROM ZC_AUDIT WHERE SEQUENCE_NO = ?")) {
                last.setLong(1, keep);
                try (ResultSet row = last.executeQuery()) {
                    assertTrue(row.next());
                    hash = row.getString(1);
                    atMicros = row.getLong(2);
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM ZC_AUDIT WHERE SEQUENCE_NO > ?");
                 PreparedStatement head = c.prepareStatement(
                         "UPDATE ZC_AUDIT_HEAD SET LAST_SEQUENCE_NO = ?, LAST_HASH = ?, LAST_AT_MICROS = ?")) {
                delete.setLong(1, keep);
                assertTrue(delete.executeUpdate() > 0);
                head.setLong(1, keep);
                head.setString(2, hash);
                head.setLong(3, atMicros);
                assertEquals(1, head.executeUpdate());
            }
        }
    }

    @Test
    void deletedNewestEntriesWithTheHeadRewrittenAreReported_R36() throws Exception {
        recordAndAnchor(10);
        assertTrue(audit.verify().intact());

        truncateTo(7);
        // what the database alone shows: a shorter chain that agrees with its head
        AuditVerification withoutAnchors = new AuditLogImpl(jpa, CLOCK, () -> TODAY).verify();
        assertTrue(withoutAnchors.intact(), withoutAnchors.problem());

        AuditVerification verification = restarted().verify();
        assertFalse(verification.intact());
        assertEquals(8, verification.firstBrokenSequence(), verification.problem());
        assertTrue(verification.problem().startsWith("entries 8 to 10 were removed"), verification.problem());
    }

    @Test
    void entriesAppendedAfterATruncationDoNotHideIt_R36() throws Exception {
        recordAndAnchor(5);
        truncateTo(3);
        AuditLogImpl afterRestart = restarted();
        afterRestart.record("office", "APPLICATION_UNDER_EVALUATION", "application:9", "");
        afterRestart.record("office", "APPLICATION_UNDER_EVALUATION", "application:10", "");

        AuditVerification verification = afterRestart.verify();
        assertFalse(verification.intact());
        assertEquals(4, verification.firstBrokenSequence(), verification.problem());
        assertTrue(verification.problem().contains("is not the entry checkpoint 4"), verification.problem());
    }

    @Test
    void aForgedOrAlteredCheckpointIsReported_R36() throws Exception {
        recordAndAnchor(3);
        List<String> lines = Files.readAllLines(checkpointFile());
        assertEquals(3, lines.size());
        // a checkpoint that claims entry 2 is the newest, so that entry 3 could go: its signature no longer fits
        String[] third = lines.get(2).split(" ");
        third[2] = "2";
        Files.write(checkpointFile(), List.of(lines.get(0), lines.get(1), String.join(" ", third)));

        AuditVerification altered = restarted().verify();
        assertFalse(altered.intact());
        assertTrue(altered.problem().startsWith("checkpoint line 3 of audit-checkpoints.log fails its signature"),
                altered.problem());

        // a line made up without the key
        Files.write(checkpointFile(), List.of(lines.get(0), lines.get(1), lines.get(2),
                "v1 4 99 " + "0".repeat(64) + " 2023-08-01T02:00:00Z " + third[6] + " " + "ab".repeat(32)));
        AuditVerification forged = restarted().verify();
        assertFalse(forged.intact());
        assertEquals(99, forged.firstBrokenSequence());
        assertTrue(forged.problem().contains("line 4") && forged.problem().contains("fails its signature"), forged.problem());

        // a checkpoint removed from the middle
        Files.write(checkpointFile(), List.of(lines.get(0), lines.get(2)));
        AuditVerification gap = restarted().verify();
        assertFalse(gap.intact());
        assertTrue(gap.problem().contains("line 2") && gap.problem().contains("out of order"), gap.problem());
    }

    @Test
    void everyCommittedEntryIsAnchoredAndTheKeyIsTheOwnersAlone_R36() throws Exception {
        recordAndAnchor(2);
        audit.anchor(); // the head did not move: no new line
        List<String> lines = Files.readAllLines(checkpointFile());
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("v1 2 2 "), lines.get(1));
        try (Connection c = jdbc(); Statement s = c.createStatement();
             ResultSet head = s.executeQuery("SELECT LAST_SEQUENCE_NO, LAST_HASH FROM ZC_AUDIT_HEAD")) {
            assertTrue(head.next());
            assertEquals("v1 2 " + head.getLong(1) + " " + head.getString(2),
                    String.join(" ", List.of(lines.get(1).split(" ")).subList(0, 4)));
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("etc").resolve("zhicheng-audit-checkpoint.key"))));
        assertFalse(Files.readString(checkpointFile()).contains(
                Files.readString(folder.resolve("etc").resolve("zhicheng-audit-checkpoint.key")).strip()));
        // the export is the file as it is
        assertEquals(Files.readString(checkpointFile()), checkpoints().export());
    }

    @Test
    void verificationSinceTheLastOneChecksOnlyTheNewEntriesAndStillFindsATruncation_R36() throws Exception {
        recordAndAnchor(30);
        AuditVerification first = audit.verifySinceLast(); // nothing verified yet: the whole log
        assertEquals(new AuditVerification(true, 30, 0, ""), first);
        recordAndAnchor(4);
        assertEquals(new AuditVerification(true, 4, 0, ""), audit.verifySinceLast(), "only the 4 new entries");
        assertEquals(new AuditVerification(true, 0, 0, ""), audit.verifySinceLast());

        recordAndAnchor(3);
        truncateTo(35); // entries 36 and 37 deleted, the head rewritten
        AuditVerification truncated = audit.verifySinceLast();
        assertFalse(truncated.intact());
        assertEquals(36, truncated.firstBrokenSequence(), truncated.problem());
        assertTrue(truncated.problem().startsWith("entries 36 to 37 were removed"), truncated.problem());

        truncateTo(30); // now even the entry the last intact verification ended at (34) is gone
        AuditVerification deeper = audit.verifySinceLast();
        assertEquals(34, deeper.firstBrokenSequence(), deeper.problem());
        assertTrue(deeper.problem().contains("was removed since"), deeper.problem());
        // the full verification agrees
        assertEquals(31, audit.verify().firstBrokenSequence());
    }

    @Test
    void aRestartedComponentOverlappingTheOldOneKeepsOneChain_R36() {
        AuditCheckpoints old = checkpoints();
        AuditCheckpoints replacement = checkpoints(); // opened before the old one's last checkpoint
        Instant at = CLOCK.instant();
        old.anchor(1, "a".repeat(64), at);
        replacement.anchor(2, "b".repeat(64), at);
        old.anchor(3, "c".repeat(64), at);
        replacement.anchor(3, "c".repeat(64), at); // already anchored: no second line
        AuditCheckpoints.Reading reading = checkpoints().read();
        assertTrue(reading.sound(), reading.problem());
        assertEquals(List.of(1L, 2L, 3L), reading.checkpoints().stream().map(AuditCheckpoints.Checkpoint::sequence).toList());
    }

    @Test
    void aLineTornByACrashIsCutOffAndAnchoringGoesOn_R36() throws Exception {
        recordAndAnchor(2);
        Files.writeString(checkpointFile(), "v1 3 3 abc", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // kill -9
        AuditLogImpl afterRestart = restarted();
        assertEquals(2, Files.readAllLines(checkpointFile()).size());
        afterRestart.record("office", "APPLICATION_UNDER_EVALUATION", "application:3", "");
        afterRestart.anchor();
        assertEquals(3, Files.readAllLines(checkpointFile()).size());
        assertTrue(afterRestart.verify().intact());
    }
}
