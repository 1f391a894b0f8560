package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.junit.jupiter.api.Test;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * Issue 17: EclipseLink's shared cache is on for one node (the default, and what the benchmarks measure) and off on
 * every node of a cluster through the system property docs/operating.md names (etc/system.properties), read when the
 * persistence unit is created: otherwise a node serves entities another node has since changed.
 */
class SharedCacheSwitchTest {

    private static final String SWITCH = "eclipselink.cache.shared.default";

    /** The files' cache isolation as the session uses it: no explicit setting on the descriptor means shared. */
    private static CacheIsolationType isolationOfApplications() {
        try (DerbyJpa jpa = new DerbyJpa()) {
            return jpa.txExpr(em -> {
                var policy = em.unwrap(JpaEntityManager.class).getServerSession()
                        .getDescriptor(ApplicationEntity.class).getCachePolicy();
                return policy.isIsolated() ? CacheIsolationType.ISOLATED
                        : policy.isSharedIsolation() ? CacheIsolationType.SHARED : policy.getCacheIsolation();
            });
        }
    }

    @Test
    void sharedCacheOnByDefaultAndOffWithTheClusterSwitch() {
        assertEquals(CacheIsolationType.SHARED, isolationOfApplications());
        System.setProperty(SWITCH, "false");
        try {
            assertEquals(CacheIsolationType.ISOLATED, isolationOfApplications());
        } finally {
            System.clearProperty(SWITCH);
        }
    }
}
