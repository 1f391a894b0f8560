package org.zhicheng.rest.internal.metrics;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The platform's metrics (issue 17) in one Micrometer registry, scraped as Prometheus text at /api/v1/metrics:
 * REST requests per endpoint (count and latency), active HTTP sessions (every Vaadin UI lives in one), the database
 * pool's connections (the MBean pax-jdbc's dbcp2 pool registers), and the JVM's memory, threads,
 * CPU and uptime.
 */
@Component(service = Metrics.class)
public class Metrics {

    /** commons-pool2 pools; pax-jdbc-pool-dbcp2 names its own org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=pool. */
    private static final String POOLS = "*:type=GenericObjectPool,*";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger sessions = new AtomicInteger();
    private final MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();

    @Activate
    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("zhicheng.http.sessions.active", sessions, AtomicInteger::get)
                .description("HTTP sessions open now (each Vaadin UI session is one)").register(registry);
        pool("zhicheng.db.pool.active", "NumActive", "database connections in use");
        pool("zhicheng.db.pool.idle", "NumIdle", "database connections idle in the pool");
        pool("zhicheng.db.pool.waiting", "NumWaiters", "threads waiting for a database connection");
        pool("zhicheng.db.pool.max", "MaxTotal", "the pool's largest size");
    }

    @Deactivate
    void stop() {
        registry.close();
    }

    /** A REST call's timer: per endpoint (resource and method), HTTP method and status. */
    public Timer requests(String endpoint, String method, int status) {
        return Timer.builder("zhicheng.rest.requests").description("REST requests handled, per endpoint")
                .tag("endpoint", endpoint).tag("method", method).tag("status", Integer.toString(status))
                .register(registry);
    }

    public void sessionCreated() {
        sessions.incrementAndGet();
    }

    public void sessionDestroyed() {
        sessions.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** The Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    private void pool(String name, String attribute, String description) {
        Gauge.builder(name, this, m -> m.sumOverPools(attribute)).description(description).register(registry);
    }

    /** The attribute summed over every commons-pool2 pool (pax-jdbc makes one per datasource); NaN before any. */
    private double sumOverPools(String attribute) {
        try {
            Set<ObjectName> pools = mbeans.queryNames(new ObjectName(POOLS), null);
            if (pools.isEmpty()) {
                return Double.NaN;
            }
            double sum = 0;
            for (ObjectName pool : pools) {
                Object value = mbeans.getAttribute(pool, attribute);
                if (value instanceof Number number) {
                    sum += number.doubleValue();
                }
            }
            return sum;
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        } catch (javax.management.JMException e) {
            return Double.NaN;
        }
    }
}
