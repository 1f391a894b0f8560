package org.zhicheng.core.internal.schema;

import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the pool's DataSource under the name the persistence unit looks for ({@code zhicheng}) only once its
 * schema is migrated: pax-jdbc registers the pool as {@code zhicheng-pool}, so Aries JPA creates no
 * EntityManagerFactory, and no component reads or writes, before the schema is the one the entities expect. The
 * migration runs on a thread of its own: on the thread that registered the pool it held up Karaf's feature
 * installation for as long as it took.
 */
@Component(immediate = true, service = {})
public final class MigratedDataSource {

    /** The pool's JNDI name in etc/org.ops4j.datasource-zhicheng.cfg. */
    public static final String POOL = "zhicheng-pool";

    private static final Logger LOG = LoggerFactory.getLogger(MigratedDataSource.class);

    private final ExecutorService migration = Executors.newSingleThreadExecutor(r -> new Thread(r, "zhicheng-schema-migration"));
    private volatile ServiceRegistration<DataSource> registration;
    private volatile boolean stopped;

    @Activate
    public MigratedDataSource(@Reference(target = "(osgi.jndi.service.name=" + POOL + ")") DataSource pool,
                              BundleContext context) {
        migration.execute(() -> publish(pool, context));
    }

    private void publish(DataSource pool, BundleContext context) {
        long start = System.nanoTime();
        boolean migrated;
        try {
            migrated = SchemaMigration.migrate(pool);
        } catch (RuntimeException e) {
            LOG.error("The database schema could not be migrated; the platform's services stay stopped", e);
            return;
        }
        LOG.info("Database schema up to date ({} ms; {})", (System.nanoTime() - start) / 1_000_000,
                migrated ? "migrated by Liquibase" : "every change set already run");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", "zhicheng");
        properties.put("dataSourceName", "zhicheng");
        synchronized (this) {
            if (!stopped) {
                registration = context.registerService(DataSource.class, pool, properties);
            }
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        synchronized (this) {
            stopped = true;
        }
        migration.shutdown();
        migration.awaitTermination(60, TimeUnit.SECONDS);
        synchronized (this) {
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
        }
    }
}
