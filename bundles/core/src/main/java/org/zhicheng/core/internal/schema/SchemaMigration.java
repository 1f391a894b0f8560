package org.zhicheng.core.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

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

    /** Runs the change sets the database has not run yet. */
    public static void migrate(DataSource dataSource) {
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
