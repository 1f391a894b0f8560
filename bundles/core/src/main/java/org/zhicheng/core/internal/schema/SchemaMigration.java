package org.zhicheng.core.internal.schema;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database's schema to the one this code expects, with Liquibase's change sets in db/changelog.xml: the
 * baseline (the schema EclipseLink created until issue 17, for Derby and PostgreSQL; marked as run on a database that
 * already has it) and every change after it. EclipseLink generates no DDL any more. Liquibase's lock table keeps two
 * nodes starting together from migrating at once.
 */
public final class SchemaMigration {

    /** The change log's path, also its identity in DATABASECHANGELOG: never rename it. */
    public static final String CHANGELOG = "db/changelog.xml";

    private SchemaMigration() {
    }

    /**
     * Runs the change sets the database has not run yet; false if there were none, which a plain query of
     * DATABASECHANGELOG tells without starting Liquibase (issue 16: its start alone took 1 to 2 s of every restart).
     * Liquibase's checksum check of change sets already run is then skipped too: a change set is never edited once
     * released (a change is a new change set), and the next real migration checks them all again.
     */
    public static boolean migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (pending(connection).isEmpty()) {
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached to migrate its schema: " + e.getMessage(), e);
        }
        runLiquibase(dataSource);
        return true;
    }

    /**
     * The change sets of {@link #CHANGELOG} for this database's kind (Derby or PostgreSQL) that its DATABASECHANGELOG
     * does not list as run (or marked ran); all of them when it has no such table yet.
     */
    static List<String> pending(Connection connection) throws SQLException {
        String dbms = dbms(connection);
        List<String> wanted = changeSets(dbms);
        Set<String> ran = new HashSet<>();
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG")) {
            while (rows.next()) {
                ran.add(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3));
            }
        } catch (SQLException noTableYet) {
            return wanted;
        } finally {
            if (!autoCommit) {
                // nothing written: end the read's transaction for the pool (PostgreSQL refuses every later statement
                // of a failed one)
                connection.rollback();
            }
        }
        List<String> missing = new ArrayList<>(wanted);
        missing.removeIf(id -> ran.contains(id + "::" + CHANGELOG));
        return missing;
    }

    private static String dbms(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("derby") ? "derby" : product.contains("postgresql") ? "postgresql" : product;
    }

    /** "id::author" of each change set in the change log that applies to {@code dbms}, in order. */
    private static List<String> changeSets(String dbms) {
        try (InputStream in = SchemaMigration.class.getClassLoader().getResourceAsStream(CHANGELOG)) {
            if (in == null) {
                throw new IllegalStateException(CHANGELOG + " is missing from core's bundle");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            NodeList sets = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "changeSet");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                String only = set.getAttribute("dbms");
                if (only.isBlank() || Arrays.stream(only.split(",")).map(String::trim).anyMatch(dbms::equals)) {
                    ids.add(set.getAttribute("id") + "::" + set.getAttribute("author"));
                }
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException(CHANGELOG + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void runLiquibase(DataSource dataSource) {
        // In OSGi the change log is in core's bundle and Liquibase's own services and XSDs are in Liquibase's.
        ClassLoader ours = SchemaMigration.class.getClassLoader();
        ClassLoader liquibases = Liquibase.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(liquibases);
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), liquibases);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService()); // to the log, not stdout
        scope.put("liquibase.analytics.enabled", Boolean.FALSE); // no usage reports leave the platform
        scope.put("liquibase.showBanner", Boolean.FALSE);
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase(CHANGELOG, new CompositeResourceAccessor(
                        new ClassLoaderResourceAccessor(ours), new ClassLoaderResourceAccessor(liquibases)), database);
                liquibase.update(new Contexts(), new LabelExpression());
            });
            if (!connection.getAutoCommit()) {
                connection.commit(); // Liquibase's last reads leave a transaction open; the pool wants it ended
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached to migrate its schema: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the schema migration failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
