package org.zhicheng.core.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.Session;
import org.zhicheng.core.internal.schema.SchemaMigration;

/**
 * The real persistence unit on a real embedded Derby database under target/, outside OSGi. Plays the part
 * of Aries JPA's resource-local JpaTemplate: one EntityManager and transaction per call.
 */
public final class DerbyJpa implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;

    /** Liquibase's INFO lines (each change set, each lock) would drown the tests' output; held so that it stays set. */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
    }

    public DerbyJpa() {
        this(Template.copy(Path.of("target", "derby-tests", UUID.randomUUID().toString())), false);
    }

    /** The persistence unit on the database at the given place, created if there is none (reopened to test upgrades). */
    public DerbyJpa(Path database) {
        this(database, true);
    }

    private DerbyJpa(Path database, boolean migrate) {
        this(embedded(database), migrate);
    }

    /** The persistence unit on another database (PostgreSQL in PostgresqlSchemaTest), migrated first. */
    public static DerbyJpa on(javax.sql.DataSource dataSource) {
        return new DerbyJpa(dataSource, true);
    }

    private static EmbeddedDataSource embedded(Path database) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    private DerbyJpa(javax.sql.DataSource dataSource, boolean migrate) {
        if (migrate) {
            SchemaMigration.migrate(dataSource); // as MigratedDataSource does in the container
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        factory = Persistence.createEntityManagerFactory("zhicheng", properties);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new IllegalArgumentException("resource-local templates support only Required, as in Aries JPA");
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    /**
     * How many SQL statements the database receives while the action runs, starting from an empty shared cache: what
     * a bulk read is for. Other log entries go on to the persistence unit's own log.
     */
    public int statements(Runnable action) {
        factory.getCache().evictAll();
        Session session = JpaHelper.getServerSession(factory);
        SessionLog unitLog = session.getSessionLog();
        StatementCounter counter = new StatementCounter(unitLog);
        session.setSessionLog(counter); // each entity manager's session takes the log it finds when it is created
        try {
            action.run();
        } finally {
            session.setSessionLog(unitLog);
        }
        return counter.statements;
    }

    @Override
    public void close() {
        factory.close();
    }

    /**
     * One database migrated by Liquibase per test JVM, shut down and copied for each new test database: running the
     * baseline for every test took seconds each.
     */
    private static final class Template {
        private static Path template;

        static synchronized Path copy(Path database) {
            try {
                if (template == null) {
                    Path created = Path.of("target", "derby-template", UUID.randomUUID().toString());
                    EmbeddedDataSource dataSource = new EmbeddedDataSource();
                    dataSource.setDatabaseName(created.toString());
                    dataSource.setCreateDatabase("create");
                    SchemaMigration.migrate(dataSource);
                    dataSource.setCreateDatabase(null);
                    dataSource.setShutdownDatabase("shutdown");
                    try (java.sql.Connection ignored = dataSource.getConnection()) {
                        throw new IllegalStateException("Derby did not shut the template down");
                    } catch (java.sql.SQLException shutDown) {
                        // 08006: shut down, its files complete
                    }
                    template = created;
                }
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(template)) {
                    for (Path from : (Iterable<Path>) files::iterator) {
                        Path to = database.resolve(template.relativize(from).toString());
                        if (java.nio.file.Files.isDirectory(from)) {
                            java.nio.file.Files.createDirectories(to);
                        } else {
                            java.nio.file.Files.copy(from, to);
                        }
                    }
                }
                return database;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Counts EclipseLink's SQL log entries, one per statement sent. */
    private static final class StatementCounter extends AbstractSessionLog {
        private final SessionLog next;
        private int statements;

        StatementCounter(SessionLog next) {
            this.next = next;
        }

        @Override
        public boolean shouldLog(int level, String category) {
            return SessionLog.SQL.equals(category) || next.shouldLog(level, category);
        }

        @Override
        public void log(SessionLogEntry entry) {
            if (SessionLog.SQL.equals(entry.getNameSpace())) {
                statements++;
            } else if (next.shouldLog(entry.getLevel(), entry.getNameSpace())) {
                next.log(entry);
            }
        }
    }
}
