package org.zhicheng.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.core.internal.DerbyJpa;

/**
 * Every audit entry keeps the real instant and the platform date the act counted on; a database written
 * before the platform date was kept opens, gains the column and verifies old and new entries in one chain.
 */
class PlatformDateAuditTest {

    private static final Instant REAL = Instant.parse("2026-12-06T03:20:00Z");
    private static final LocalDate PLATFORM = LocalDate.parse("2023-08-01");
    private static final Clock CLOCK = Clock.fixed(REAL, ZoneOffset.UTC);

    @Test
    void anEntryKeepsTheRealInstantAndThePlatformDate_R36() {
        try (DerbyJpa jpa = new DerbyJpa()) {
            AuditEntry entry = new AuditLogImpl(jpa, CLOCK, () -> PLATFORM).record("office", "COMMITTEE_DECIDED", "committee:x", "");
            assertEquals(REAL, entry.at());
            assertEquals(PLATFORM, entry.platformDate());
            // the date is hashed (format v2): the same entry without it hashes differently
            assertEquals(AuditHash.of(1, REAL, "office", "COMMITTEE_DECIDED", "committee:x", "", AuditHash.GENESIS, PLATFORM),
                    entry.hash());
            assertNotEquals(AuditHash.of(1, REAL, "office", "COMMITTEE_DECIDED", "committee:x", "", AuditHash.GENESIS),
                    entry.hash());
        }
    }

    @Test
    void aDatabaseWithoutThePlatformDateColumnOpensAndVerifiesOldAndNewEntries_R36() throws Exception {
        Path database = Path.of("target", "derby-tests", "upgrade-" + UUID.randomUUID());
        AtomicReference<LocalDate> today = new AtomicReference<>(); // null: recorded as before the date was kept
        try (DerbyJpa before = new DerbyJpa(database)) {
            AuditLogImpl old = new AuditLogImpl(before, CLOCK, today::get);
            old.record("reviewer", "APPLICATION_RETURNED", "application:1", "学历证明不清晰");
            old.record("applicant", "APPLICATION_SUBMITTED", "application:1", "");
        }
        // the table as the platform created it before: no PLATFORM_DATE column, and no migrations recorded
        try (Connection sql = dataSource(database).getConnection(); Statement statement = sql.createStatement()) {
            statement.executeUpdate("ALTER TABLE ZC_AUDIT DROP COLUMN PLATFORM_DATE");
            statement.executeUpdate("ALTER TABLE ZC_STATUS_CHANGE DROP COLUMN PLATFORM_DATE");
            statement.executeUpdate("DROP TABLE DATABASECHANGELOG");
            statement.executeUpdate("DROP TABLE DATABASECHANGELOGLOCK");
            assertFalse(hasColumn(sql, "ZC_AUDIT", "PLATFORM_DATE"));
        }

        try (DerbyJpa after = new DerbyJpa(database)) {
            today.set(PLATFORM);
            AuditLogImpl audit = new AuditLogImpl(after, CLOCK, today::get); // opening it ran the migrations
            try (Connection sql = dataSource(database).getConnection()) {
                assertTrue(hasColumn(sql, "ZC_AUDIT", "PLATFORM_DATE"), "the migration adds the column");
                assertTrue(hasColumn(sql, "ZC_STATUS_CHANGE", "PLATFORM_DATE"), "the migration adds the column");
            }
            AuditEntry added = audit.record("office", "APPLICATION_UNDER_EVALUATION", "application:1", "");
            List<AuditEntry> entries = audit.entries("application:1");
            assertNull(entries.get(0).platformDate(), "recorded before the date was kept");
            assertNull(entries.get(1).platformDate());
            assertEquals(PLATFORM, added.platformDate());
            assertEquals(3, added.sequence());
            assertEquals(new AuditVerification(true, 3, 0, ""), audit.verify());

            // an old entry given a date afterwards no longer matches its hash
            try (Connection sql = dataSource(database).getConnection(); Statement statement = sql.createStatement()) {
                assertEquals(1, statement.executeUpdate("UPDATE ZC_AUDIT SET PLATFORM_DATE = DATE('2023-08-02') WHERE SEQUENCE_NO = 2"));
            }
            AuditVerification tampered = audit.verify();
            assertEquals(2, tampered.firstBrokenSequence(), tampered.problem());
        }
    }

    private static EmbeddedDataSource dataSource(Path database) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        return dataSource;
    }

    private static boolean hasColumn(Connection sql, String table, String column) throws Exception {
        try (ResultSet columns = sql.getMetaData().getColumns(null, null, table, column)) {
            return columns.next();
        }
    }
}
