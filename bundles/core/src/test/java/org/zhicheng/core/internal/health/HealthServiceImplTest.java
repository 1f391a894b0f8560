package org.zhicheng.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.health.Health;
import org.zhicheng.api.health.Health.Check;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Issue 17: the health check's parts, each able to fail on its own, on a real Derby database. */
class HealthServiceImplTest {

    private static final String WATER = TestDescriptors.series("water-conservancy", "水利系列", "<specialty name=\"水利专业\">"
            + "<committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-08-01T04:00:00Z"), ZoneOffset.UTC);

    private DerbyJpa jpa;
    private AuditLogImpl audit;
    private SeriesStore store;

    @BeforeEach
    void start() {
        jpa = new DerbyJpa();
        audit = new AuditLogImpl(jpa);
        store = new SeriesStore(jpa);
    }

    @AfterEach
    void stop() {
        jpa.close();
    }

    private HealthServiceImpl health(long minFreeMegabytes) {
        return new HealthServiceImpl(jpa, audit, store, Path.of("target", "health-attachments", "not-yet-created"),
                minFreeMegabytes, CLOCK);
    }

    private static Check part(Health health, String name) {
        return health.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void upWhenTheDatabaseAnswersASeriesIsThereTheAuditHeadMatchesAndTheDiskHasRoom() throws Exception {
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        audit.record("tester", "TEST", "health", "one");
        audit.record("tester", "TEST", "health", "two");

        Health health = health(1).check();

        assertTrue(health.healthy(), health.toString());
        assertEquals(List.of("database", "plugins", "audit", "disk", "startup"), health.checks().stream().map(Check::name).toList());
        assertEquals("Apache Derby", part(health, "database").detail());
        assertEquals(1, part(health, "plugins").value());
        assertEquals(audit.count(), part(health, "audit").value());
        assertTrue(part(health, "disk").value() > 0);
        assertEquals(CLOCK.instant(), health.checkedAt());
    }

    @Test
    void startingUntilTheRunningPluginsAreDeclaredThenUp() throws Exception {
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        audit.record("tester", "TEST", "health", "one");
        boolean[] declared = {false};
        // the catalog as SeriesRegistry is between activation and the end of its first declarations (issue 16, item 4)
        SeriesStore declaring = new SeriesStore(jpa) {
            @Override
            public boolean ready() {
                return declared[0];
            }
        };
        HealthServiceImpl service = new HealthServiceImpl(jpa, audit, declaring,
                Path.of("target", "health-attachments", "not-yet-created"), 1, CLOCK);

        Health starting = service.check();
        assertFalse(starting.healthy());
        assertFalse(part(starting, "startup").healthy());
        assertEquals("starting: 1 series declared so far", part(starting, "startup").detail());
        assertTrue(part(starting, "plugins").healthy(), "what is declared so far is served meanwhile");

        declared[0] = true;
        Health started = service.check();
        assertTrue(started.healthy(), started.toString());
        assertTrue(part(started, "startup").healthy());
    }

    @Test
    void downWithoutAnySeries() {
        Health health = health(1).check();
        assertFalse(health.healthy());
        assertFalse(part(health, "plugins").healthy());
        assertTrue(part(health, "database").healthy());
    }

    @Test
    void downWhenTheDiskHasLessRoomThanConfigured() throws Exception {
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        Health health = health(Long.MAX_VALUE / (1024 * 1024)).check();
        assertFalse(health.healthy());
        assertFalse(part(health, "disk").healthy());
        assertTrue(part(health, "disk").detail().contains("MB free"), part(health, "disk").detail());
    }

    @Test
    void downWhenAnAuditEntryIsMissingBehindTheHead_R36() throws Exception {
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        audit.record("tester", "TEST", "health", "one");
        audit.record("tester", "TEST", "health", "two");
        jpa.tx(TransactionType.Required, em -> em.createNativeQuery("DELETE FROM ZC_AUDIT WHERE SEQUENCE_NO = 1").executeUpdate());

        Check audited = part(health(1).check(), "audit");

        assertFalse(audited.healthy());
        assertEquals(audit.count() + 1, audited.value());
    }
}
