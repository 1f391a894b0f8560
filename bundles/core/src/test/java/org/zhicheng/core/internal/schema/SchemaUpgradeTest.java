package org.zhicheng.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.core.internal.ApplicantServiceImpl;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * Issue 17: a Derby database written by the platform before schema migrations (today's main, cf39f1c, see
 * {@link UpgradeFixture}) is migrated in place and keeps every row and its audit chain, and the platform writes on.
 */
class SchemaUpgradeTest {

    private static final String FIXTURE = "main-cf39f1c";

    @Test
    void migratesADatabaseOfTheOldPlatformKeepingEveryRowAndTheAuditChain_R36() throws Exception {
        Path database = unzip(FIXTURE);
        Map<String, Long> before = recordedCounts(FIXTURE);
        assertTrue(before.get("ZC_AUDIT") > 0 && before.get("ZC_APPLICATION") > 0, "the fixture holds files and audit entries");

        // a letter recorded before issuer and number had their own columns (the joined text only)
        long lettered;
        try (Connection c = UpgradeFixture.Derby.open(database).getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MIN(ID) FROM ZC_APPLICATION")) {
                rs.next();
                lettered = rs.getLong(1);
            }
            assertEquals(1, s.executeUpdate("UPDATE ZC_APPLICATION SET ENTRUSTMENT_LETTER = '库车市人力资源和社会保障局 库人社函〔2023〕12号',"
                    + " ENTRUSTMENT_ISSUED_BY = NULL, ENTRUSTMENT_NUMBER = NULL WHERE ID = " + lettered));
            // issue 16 item 7: an applicant of a county (the fixture's are all directly under the prefecture)
            assertEquals(1, s.executeUpdate("UPDATE ZC_APPLICANT SET COUNTY = '库车市' WHERE ID ="
                    + " (SELECT APPLICANT_ID FROM ZC_APPLICATION WHERE ID = " + lettered + ")"));
        }
        UpgradeFixture.Derby.shutdown(database);

        try (DerbyJpa jpa = new DerbyJpa(database)) { // migrates, as the container does at start
            java.util.Map<String, Long> migrated = new java.util.TreeMap<>(UpgradeFixture.rowCounts(UpgradeFixture.Derby.open(database)));
            assertEquals(0L, migrated.remove("ZC_LOGIN_FAILURE"), "issue 15: the login throttle's table, new and empty");
            assertEquals(before, migrated, "every table keeps every row");
            assertEquals(new EntrustmentLetter(lettered, "库车市人力资源和社会保障局", "库人社函〔2023〕12号"),
                    jpa.txExpr(em -> em.find(ApplicationEntity.class, lettered).entrustment()).orElseThrow(),
                    "the joined text is split into issuer and number before its column goes");
            assertEquals(List.of("1-baseline-derby MARK_RAN", "2-platform-date-derby MARK_RAN", "3-entrustment-letter-split-derby EXECUTED",
                    "4-read-indexes-derby EXECUTED", "5-login-failures-derby EXECUTED", "6-notification-ug-derby EXECUTED",
                    "7-application-county-derby EXECUTED", "8-queue-indexes-derby EXECUTED", "9-drop-status-change-index-derby EXECUTED",
                    "10-all-files-indexes-derby EXECUTED"), changeSets(database), "the old schema is the baseline: nothing re-created");

            // issue 16 item 7: the files before keep their applicant's county (the county bureau's queue reads it there)
            try (Connection c = UpgradeFixture.Derby.open(database).getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN f.COUNTY = a.COUNTY THEN 1 ELSE 0 END)"
                         + " FROM ZC_APPLICATION f JOIN ZC_APPLICANT a ON a.ID = f.APPLICANT_ID WHERE a.COUNTY IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getLong(1) > 0, "the fixture has files of county applicants");
                assertEquals(rs.getLong(1), rs.getLong(2), "each file of a county applicant has the county");
            }

            ApplicantServiceImpl applicants = new ApplicantServiceImpl(jpa);
            List<String> names = applicants.list(0, 100, TESTER).stream().map(Applicant::fullName).sorted().toList();
            assertEquals(List.of("丁四", "丙三", "乙二", "甲一"), names);
            AuditLogImpl audit = new AuditLogImpl(jpa);
            AuditVerification verified = audit.verify();
            assertTrue(verified.intact(), verified.problem());
            assertEquals(before.get("ZC_AUDIT"), verified.entriesChecked());

            // and the platform writes on: ids continue from the old sequences, the chain extends
            Applicant added = applicants.register(new NewApplicant("戊五", ResidentIdNumber.completing("65290119800101900"),
                    "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
            assertTrue(applicants.list(0, 100, TESTER).stream().filter(a -> a.id() == added.id()).count() == 1);
            assertEquals(before.get("ZC_APPLICANT") + 1, UpgradeFixture.rowCounts(UpgradeFixture.Derby.open(database)).get("ZC_APPLICANT"));
            audit.record("tester", "REGISTER_APPLICANT", "applicant:" + added.id(), "after the migration");
            AuditVerification after = audit.verify();
            assertTrue(after.intact(), after.problem());
            assertTrue(after.entriesChecked() > verified.entriesChecked());
        }
        UpgradeFixture.Derby.shutdown(database);

        try (DerbyJpa again = new DerbyJpa(database)) { // a second start runs nothing again
            assertEquals(List.of("1-baseline-derby MARK_RAN", "2-platform-date-derby MARK_RAN", "3-entrustment-letter-split-derby EXECUTED",
                    "4-read-indexes-derby EXECUTED", "5-login-failures-derby EXECUTED", "6-notification-ug-derby EXECUTED",
                    "7-application-county-derby EXECUTED", "8-queue-indexes-derby EXECUTED", "9-drop-status-change-index-derby EXECUTED",
                    "10-all-files-indexes-derby EXECUTED"), changeSets(database));
            assertTrue(new AuditLogImpl(again).verify().intact());
        }
        UpgradeFixture.Derby.shutdown(database);
    }

    @Test
    void createsTheBaselineOnAnEmptyDatabase() throws Exception {
        Path database = Path.of("target", "derby-tests", UUID.randomUUID().toString());
        try (DerbyJpa jpa = new DerbyJpa(database)) {
            assertEquals(List.of("1-baseline-derby EXECUTED", "2-platform-date-derby MARK_RAN", "3-entrustment-letter-split-derby EXECUTED",
                    "4-read-indexes-derby EXECUTED", "5-login-failures-derby EXECUTED", "6-notification-ug-derby EXECUTED",
                    "7-application-county-derby EXECUTED", "8-queue-indexes-derby EXECUTED", "9-drop-status-change-index-derby EXECUTED",
                    "10-all-files-indexes-derby EXECUTED"), changeSets(database));
            assertTrue(UpgradeFixture.rowCounts(UpgradeFixture.Derby.open(database)).keySet()
                    .containsAll(recordedCounts(FIXTURE).keySet()), "every table the old platform had");
        }
        UpgradeFixture.Derby.shutdown(database);
    }

    private static List<String> changeSets(Path database) throws Exception {
        List<String> ran = new ArrayList<>();
        try (Connection c = UpgradeFixture.Derby.open(database).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID, EXECTYPE FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                ran.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return ran;
    }

    private static Path unzip(String name) throws Exception {
        Path target = Path.of("target", "upgrade-tests", UUID.randomUUID().toString());
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream("/upgrade/" + name + ".zip");
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
        return target.resolve("zhicheng");
    }

    private static Map<String, Long> recordedCounts(String name) throws Exception {
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream("/upgrade/" + name + ".zip");
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("row-counts.properties")) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    Map<String, Long> counts = new TreeMap<>();
                    p.forEach((k, v) -> counts.put((String) k, Long.parseLong((String) v)));
                    return counts;
                }
            }
        }
        throw new IllegalStateException("no row counts in " + name);
    }
}
