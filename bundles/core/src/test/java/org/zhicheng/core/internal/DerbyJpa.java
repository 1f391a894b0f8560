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

/**
 * The real persistence unit on a real embedded Derby database under target/, outside OSGi. Plays the part
 * of Aries JPA's resource-local JpaTemplate: one EntityManager and transaction per call.
 */
public final class DerbyJpa implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;

    public DerbyJpa() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(Path.of("target", "derby-tests", UUID.randomUUID().toString()).toString());
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

    @Override
    public void close() {
        factory.close();
    }
}
