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

/**
 * The real persistence unit on a real embedded Derby database under target/, outside OSGi. Plays the part
 * of Aries JPA's resource-local JpaTemplate: one EntityManager and transaction per call.
 */
public final class DerbyJpa implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;

    public DerbyJpa() {
        this(Path.of("target", "derby-tests", UUID.randomUUID().toString()));
    }

    /** The persistence unit on the database at the given place, created if there is none (reopened to test upgrades). */
    public DerbyJpa(Path database) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        dataSource.setCreateDatabase("create");
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
