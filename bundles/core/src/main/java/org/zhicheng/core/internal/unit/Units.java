package org.zhicheng.core.internal.unit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.unit.Counties;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.core.internal.Refusals;

/** Units as the rest of core reaches them, inside the caller's transaction. */
public final class Units {

    private Units() {
    }

    public static UnitEntity require(EntityManager em, long unitId) {
        UnitEntity unit = em.find(UnitEntity.class, unitId);
        if (unit == null) {
            throw UnitRefusals.unknownUnit(unitId);
        }
        return unit;
    }

    /** The one confirmed unit of that name, for callers that still name a unit rather than its id. */
    public static Optional<UnitEntity> confirmedByName(EntityManager em, String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<UnitEntity> found = em.createNamedQuery(UnitEntity.BY_NAME, UnitEntity.class).setParameter("name", name.trim())
                .setParameter("status", UnitStatus.CONFIRMED).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** A unit an employer account may belong to: one on record and confirmed. */
    public static UnitEntity requireConfirmed(EntityManager em, long unitId) {
        UnitEntity unit = require(em, unitId);
        if (unit.getStatus() != UnitStatus.CONFIRMED) {
            throw UnitRefusals.unitNotUsable(unit.getName(), unit.getStatus());
        }
        return unit;
    }

    /** The checks beyond the record's own: a county of the prefecture, a code not yet recorded. */
    static void requireRecordable(EntityManager em, NewUnit unit) {
        if (unit.county() != null && !Counties.isKnown(unit.county())) {
            throw UnitRefusals.unknownCounty(unit.county());
        }
        em.createNamedQuery(UnitEntity.BY_CODE, UnitEntity.class).setParameter("code", unit.creditCode().value())
                .getResultList().stream().findFirst().ifPresent(existing -> {
                    throw UnitRefusals.duplicateCode(unit.creditCode().value(), existing.getName());
                });
    }

    static UnitEntity insert(EntityManager em, NewUnit unit, UnitStatus status, String by) {
        requireRecordable(em, unit);
        UnitEntity entity = new UnitEntity(unit, status, by, Instant.now());
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** Self-registration's proposal: recorded as {@link UnitStatus#PROPOSED} until its county bureau confirms it. */
    public static UnitEntity propose(EntityManager em, NewUnit unit, String username) {
        if (unit == null) {
            throw Refusal.INVALID_INPUT.variant("unitRequired").refuse();
        }
        return insert(em, unit, UnitStatus.PROPOSED, username);
    }

    /**
     * Staff recorded by the unit's name before units were records (or before this one was) now point to it: the
     * applicants of that name in its county (whose county and tier become the unit's) and the employer accounts of that
     * name. Runs when a unit becomes confirmed.
     */
    static int adoptByName(EntityManager em, UnitEntity unit) {
        String sameCounty = unit.getCounty() == null ? "a.county IS NULL" : "a.county = :county";
        var applicants = em.createQuery("UPDATE ApplicantEntity a SET a.unitId = :unitId, a.tier = :tier WHERE a.unitId IS NULL"
                + " AND a.employer = :name AND " + sameCounty)
                .setParameter("unitId", unit.getId()).setParameter("tier", unit.getTier()).setParameter("name", unit.getName());
        if (unit.getCounty() != null) {
            applicants.setParameter("county", unit.getCounty());
        }
        int adopted = applicants.executeUpdate();
        adopted += em.createQuery("UPDATE AccountEntity a SET a.unitId = :unitId WHERE a.unitId IS NULL AND a.role = :role"
                        + " AND a.employer = :name")
                .setParameter("unitId", unit.getId()).setParameter("role", Role.EMPLOYER).setParameter("name", unit.getName())
                .executeUpdate();
        return adopted;
    }

    /** Who records and confirms units of a county: its bureau; administrators and the integration everywhere. */
    static boolean covers(Actor actor, String county) {
        if (!CoreActors.trusted(actor)) {
            return false; // issue 15: an actor core did not issue
        }
        return switch (actor.role()) {
            case ADMIN, INTEGRATION, SYSTEM -> true;
            case COUNTY_BUREAU -> county != null && county.equals(actor.county());
            default -> false;
        };
    }
}
