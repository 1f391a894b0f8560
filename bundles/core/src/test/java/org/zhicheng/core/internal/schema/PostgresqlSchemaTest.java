package org.zhicheng.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.core.internal.ApplicantServiceImpl;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.audit.AuditLogImpl;

/**
 * The migrations on a PostgreSQL server, outside the container, for a developer with one at hand
 * ({@code -Dzhicheng.pgUrl=jdbc:postgresql://127.0.0.1:5432/empty?user=...}; the database is emptied first).
 * CI runs the same migrations inside the distribution on a real server: PostgresqlIT.
 */
@EnabledIfSystemProperty(named = "zhicheng.pgUrl", matches = ".+")
class PostgresqlSchemaTest {

    @Test
    void migratesAnEmptyDatabaseTwiceAndThePersistenceUnitWritesAndReads() throws Exception {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(System.getProperty("zhicheng.pgUrl"));
        try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        assertTrue(SchemaMigration.migrate(postgres), "the empty database migrated");
        assertFalse(SchemaMigration.migrate(postgres), "the second start finds every change set run");
        try (DerbyJpa jpa = DerbyJpa.on(postgres)) {
            Applicant registered = new ApplicantServiceImpl(jpa).register(new NewApplicant("测试", ResidentIdNumber
                    .completing("65290119800101123"), "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
            assertEquals("测试", new ApplicantServiceImpl(jpa).find(registered.id(), TESTER).orElseThrow().fullName());
            AuditLogImpl audit = new AuditLogImpl(jpa);
            audit.record("tester", "TEST", "pg", "one");
            audit.record("tester", "TEST", "pg", "two");
            assertTrue(audit.verify().intact());
            assertEquals(2, audit.verify().entriesChecked());
        }
    }
}
