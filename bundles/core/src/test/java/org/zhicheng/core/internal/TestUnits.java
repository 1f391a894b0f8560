package org.zhicheng.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.unit.UnitServiceImpl;

/** Units on record for tests, each with its own valid credit code. */
public final class TestUnits {

    private static final AtomicInteger NEXT = new AtomicInteger(1000);

    private TestUnits() {
    }

    /** A fresh valid credit code (the check character computed). */
    public static CreditCode code() {
        return CreditCode.completing(String.format("91652902MA%07d", NEXT.incrementAndGet()));
    }

    /** A confirmed unit recorded by the integration. */
    public static Unit create(DerbyJpa jpa, String name, UnitType type, String county, Tier tier) {
        return new UnitServiceImpl(jpa, new AuditLogImpl(jpa)).create(new NewUnit(name, code(), type, county, tier),
                CoreActors.issue(Actor.integration("unit-keeper")));
    }
}
