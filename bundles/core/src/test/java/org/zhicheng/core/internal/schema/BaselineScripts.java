package org.zhicheng.core.internal.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Writes the baseline scripts under src/main/resources/db/ from the EclipseLink model as EclipseLink itself creates
 * it, for Derby (an empty embedded database) and PostgreSQL (the server at {@code -Dzhicheng.pgUrl}, an empty
 * database). Run on purpose ({@code -Dzhicheng.writeBaseline=true}); later schema changes are new change sets in
 * db/changelog.xml, never edits of a baseline.
 */
@EnabledIfSystemProperty(named = "zhicheng.writeBaseline", matches = "true")
class BaselineScripts {

    @Test
    void write() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(Path.of("target", "baseline", UUID.randomUUID().toString()).toString());
        derby.setCreateDatabase("create");
        write(derby, "derby");
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(System.getProperty("zhicheng.pgUrl", "jdbc:postgresql://127.0.0.1:55432/zhicheng?user=postgres"));
        write(postgres, "postgresql");
    }

    private static void write(DataSource dataSource, String dbms) throws Exception {
        Path dir = Path.of("target", "baseline", dbms);
        Files.createDirectories(dir);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_ONLY);
        properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_SQL_SCRIPT_GENERATION);
        properties.put(PersistenceUnitProperties.APP_LOCATION, dir.toAbsolutePath().toString() + "/");
        properties.put(PersistenceUnitProperties.CREATE_JDBC_DDL_FILE, "create.sql");
        properties.put(PersistenceUnitProperties.DROP_JDBC_DDL_FILE, "drop.sql");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("zhicheng", properties);
        factory.createEntityManager().close();
        factory.close();
        List<String> statements = Files.readAllLines(dir.resolve("create.sql")).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).collect(Collectors.toList());
        String script = "-- The schema as EclipseLink created it for " + dbms + " at the baseline (written by BaselineScripts).\n"
                + statements.stream().map(s -> s + ";\n").collect(Collectors.joining());
        Path target = Path.of("src", "main", "resources", "db", "baseline-" + dbms + ".sql");
        Files.createDirectories(target.getParent());
        Files.writeString(target, script);
    }
}
