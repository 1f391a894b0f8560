package org.zhicheng.core.internal.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.health.Health;
import org.zhicheng.api.health.Health.Check;
import org.zhicheng.api.health.HealthService;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;

/**
 * The platform's health (issue 17), for load balancers and monitors: one query for the database, the catalogue's
 * series, the audit head against the entry count (equal on an intact log; the full chain is verified by
 * zhicheng:audit-verify, too slow to poll), and the free space where attachments are written. Reads pid
 * {@code org.zhicheng.attachments} for the directory and {@code org.zhicheng.health} for the threshold (no metatype
 * designation: bnd allows one only for a single pid).
 */
@Component(service = HealthService.class, configurationPid = {"org.zhicheng.attachments", "org.zhicheng.health"})
public class HealthServiceImpl implements HealthService {

    @ObjectClassDefinition(name = "Zhicheng health")
    public @interface Configuration {
        @AttributeDefinition(description = "Unhealthy below this much free disk for attachments, megabytes")
        long minFreeMegabytes() default 200;

        @AttributeDefinition(description = "Directory of the stored scans (pid org.zhicheng.attachments)")
        String directory() default "";
    }

    private static final long MB = 1024L * 1024;

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final SeriesCatalog catalog;
    private final Path attachments;
    private final long minFreeMegabytes;
    private final Clock clock;

    @Activate
    public HealthServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference AuditLogImpl audit,
                             @Reference SeriesCatalog catalog, Configuration configuration) {
        this(jpa, audit, catalog, AttachmentServiceImpl.directoryOf(configuration.directory()),
                configuration.minFreeMegabytes(), Clock.systemUTC());
    }

    public HealthServiceImpl(JpaTemplate jpa, AuditLogImpl audit, SeriesCatalog catalog, Path attachments,
                             long minFreeMegabytes, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.catalog = catalog;
        this.attachments = attachments;
        this.minFreeMegabytes = minFreeMegabytes;
        this.clock = clock;
    }

    @Override
    public Health check() {
        Check database = database();
        Check audited = database.healthy() ? audit() : new Check("audit", false, "database unreachable", -1);
        return Health.of(clock.instant(), List.of(database, plugins(), audited, disk(), startup()));
    }

    /**
     * Down while the series plugins running at start are still being declared (issue 16, item 4: core's services come
     * up before that); the schema is migrated before this service can run at all (MigratedDataSource).
     */
    private Check startup() {
        return catalog.ready() ? new Check("startup", true, "schema migrated, series declared", 1)
                : new Check("startup", false, "starting: " + catalog.allSeries().size() + " series declared so far", 0);
    }

    private Check database() {
        long start = System.nanoTime();
        try {
            String product = jpa.txExpr(TransactionType.Required,
                    em -> {
                        try {
                            return em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    });
            return new Check("database", true, product, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            return new Check("database", false, "unreachable: " + e.getClass().getSimpleName(), -1);
        }
    }

    private Check audit() {
        try {
            long[] headAndCount = audit.headAndCount();
            long head = headAndCount[0];
            long entries = headAndCount[1];
            if (head < 0) {
                return new Check("audit", false, "head row missing with " + entries + " entries", -1);
            }
            return head == entries ? new Check("audit", true, entries + " entries, head at " + head, head)
                    : new Check("audit", false, "head at " + head + " but " + entries + " entries", head);
        } catch (RuntimeException e) {
            return new Check("audit", false, "unreadable: " + e.getClass().getSimpleName(), -1);
        }
    }

    private Check plugins() {
        int series = catalog.allSeries().size();
        int refused = catalog.refusedPlugins().size();
        return new Check("plugins", series > 0, series + " series, " + refused + " plugins refused", series);
    }

    private Check disk() {
        try {
            Path existing = attachments.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent(); // before the first upload the directory may not exist yet
            }
            if (existing == null) {
                return new Check("disk", false, "no such place for attachments", -1);
            }
            long free = Files.getFileStore(existing).getUsableSpace() / MB;
            return new Check("disk", free >= minFreeMegabytes,
                    free + " MB free for attachments (at least " + minFreeMegabytes + " MB wanted)", free);
        } catch (IOException | RuntimeException e) {
            return new Check("disk", false, "unreadable: " + e.getClass().getSimpleName(), -1);
        }
    }
}
