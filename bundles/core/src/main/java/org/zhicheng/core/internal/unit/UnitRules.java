package org.zhicheng.core.internal.unit;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.persistence.ApplicantEntity;

/** The rules decided from the applicant's unit, and the unit's confirmation before any file. */
public final class UnitRules {

    private UnitRules() {
    }

    /**
     * Refuses a file while the applicant's unit is only proposed (or was rejected), and channel C unless the unit is a
     * 民营企业 (R-06; the series' own opening of channel C is checked with the series).
     */
    public static void requireMayApply(EntityManager em, ApplicantEntity applicant, Channel channel) {
        UnitEntity unit = unitOf(em, applicant);
        if (unit != null && unit.getStatus() != UnitStatus.CONFIRMED) {
            throw UnitRefusals.unitNotConfirmed(unit.getName(), unit.getCounty(), unit.getStatus());
        }
        if (channel == Channel.C_PRIVATE_ENTERPRISE && (unit == null || unit.getType() != UnitType.PRIVATE_ENTERPRISE)) {
            throw UnitRefusals.channelCPrivateOnly(applicant.getEmployer(), unit == null ? null : unit.getType());
        }
    }

    /** whether the applicant works for a private enterprise (民营企业), from their unit on record. */
    public static boolean privateEnterprise(EntityManager em, ApplicantEntity applicant) {
        UnitEntity unit = unitOf(em, applicant);
        return unit != null && unit.getType() == UnitType.PRIVATE_ENTERPRISE;
    }

    private static UnitEntity unitOf(EntityManager em, ApplicantEntity applicant) {
        return applicant.getUnitId() == null ? null : em.find(UnitEntity.class, applicant.getUnitId());
    }
}
