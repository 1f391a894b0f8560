package org.zhicheng.core.internal.schema;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.PassedFiles;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * Writes the upgrade test's fixture: a small Derby database as the platform's code of the day writes it (files passed,
 * paid and on the way, with their audit chain), zipped with the row count of every table. Run only on purpose, with
 * {@code -Dzhicheng.writeFixture=<name>}, on the commit whose schema the fixture is to keep; the fixture under
 * src/test/resources/upgrade/ then stays as it is for every later schema.
 */
@EnabledIfSystemProperty(named = "zhicheng.writeFixture", matches = ".+")
class UpgradeFixture {

    static final String SERIES = "water-conservancy";
    static final String SPECIALTY = "水利专业";
    static final String WATER = TestDescriptors.series(SERIES, "水利系列", "<specialty name=\"" + SPECIALTY
            + "\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");

    @Test
    void write() throws Exception {
        String name = System.getProperty("zhicheng.writeFixture");
        Path work = Path.of("target", "upgrade-fixture", name);
        Path database = work.resolve("zhicheng");
        try (DerbyJpa jpa = new DerbyJpa(database)) {
            SeriesStore store = new SeriesStore(jpa);
            TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
            PassedFiles files = new PassedFiles(jpa, store, TestCampaigns.registry("2023-08-14", 2023, 2024));
            files.passed("甲一", SERIES, SPECIALTY, TitleLevel.SENIOR_ASSOCIATE);
            files.passed("乙二", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
            files.feePaid("丙三", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
            files.feePaid("丁四", SERIES, SPECIALTY, TitleLevel.SENIOR_ASSOCIATE);
        }
        Map<String, Long> counts = rowCounts(Derby.open(database));
        Derby.shutdown(database);
        Path zip = Path.of("src", "test", "resources", "upgrade", name + ".zip");
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> all = Files.walk(database)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
                z.putNextEntry(new ZipEntry("zhicheng/" + database.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("row-counts.properties"));
            StringBuilder text = new StringBuilder("# rows per table when the fixture was written\n");
            counts.forEach((table, n) -> text.append(table).append('=').append(n).append('\n'));
            z.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    /** Every application table's row count (Derby's own and Liquibase's tables left out). */
    static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.startsWith("DATABASECHANGELOG")) {
                        tables.add(table.toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Opening and closing an embedded Derby database by its path. */
    static final class Derby {
        private Derby() {
        }

        static DataSource open(Path database) {
            org.apache.derby.jdbc.EmbeddedDataSource ds = new org.apache.derby.jdbc.EmbeddedDataSource();
            ds.setDatabaseName(database.toString());
            return ds;
        }

        static void shutdown(Path database) {
            org.apache.derby.jdbc.EmbeddedDataSource ds = new org.apache.derby.jdbc.EmbeddedDataSource();
            ds.setDatabaseName(database.toString());
            ds.setShutdownDatabase("shutdown");
            try (Connection ignored = ds.getConnection()) {
                // shutting down always ends in an SQLException
            } catch (SQLException expected) {
                // 08006: the database was shut down
            }
        }
    }
}
