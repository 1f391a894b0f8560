package org.zhicheng.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 (start): a database that has run every change set is recognised by a plain query, without Liquibase, and
 * one that lacks a change set is not.
 */
class SchemaMigrationTest {

    @TempDir
    Path folder;

    @Test
    void anUpToDateDatabaseIsLeftAloneAndAMissingChangeSetIsNoticed() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        try (Connection c = derby.getConnection()) {
            List<String> all = SchemaMigration.pending(c);
            assertTrue(all.contains("1-baseline-derby::zhicheng"), all.toString());
            assertTrue(all.stream().noneMatch(id -> id.contains("postgresql")), "only Derby's change sets: " + all);
        }

        assertTrue(SchemaMigration.migrate(derby), "an empty database is migrated");
        assertFalse(SchemaMigration.migrate(derby), "the second start finds nothing to run");

        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of(), SchemaMigration.pending(c));
            assertEquals(1, s.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID = '10-all-files-indexes-derby'"));
            assertEquals(List.of("10-all-files-indexes-derby::zhicheng"), SchemaMigration.pending(c));
        }
    }
}
