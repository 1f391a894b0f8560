package org.zhicheng.core.internal.unit;

import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.Refusals;

/** Refusals about units, from the catalogue ({@link Refusal}). */
public final class UnitRefusals {

    private UnitRefusals() {
    }

    public static ZhichengException unknownUnit(long unitId) {
        return Refusal.UNKNOWN_UNIT.refuseOn("unitId", unitId);
    }

    static ZhichengException duplicateCode(String code, String existingName) {
        return Refusal.DUPLICATE_CREDIT_CODE.refuseOn("creditCode", code, existingName);
    }

    static ZhichengException unknownCounty(String county) {
        return Refusal.INVALID_INPUT.variant("county").refuseOn("county", county);
    }

    static ZhichengException notProposed(UnitStatus status) {
        return Refusal.UNIT_NOT_PROPOSED.refuse(status.officialTerm(), Refusals.words(status));
    }

    static ZhichengException staleUnit() {
        return Refusal.STALE_VERSION.variant("unit").refuse();
    }

    /** Employer accounts point to units on record; a proposal is not one yet. */
    static ZhichengException unitNotUsable(String name, UnitStatus status) {
        return Refusal.UNIT_NOT_CONFIRMED.refuseOn("unitId", name, status.officialTerm(), Refusals.words(status));
    }

    /**
     * The applicant's unit was proposed at registration and waits for its county bureau (or, for a prefecture-direct
     * unit, the prefecture's administrator); no file opens until then.
     */
    public static ZhichengException unitNotConfirmed(String name, String county, UnitStatus status) {
        String whom = county == null ? "地区人社局（系统管理员）" : county + "人社局";
        return Refusal.UNIT_NOT_CONFIRMED.variant(status == UnitStatus.REJECTED ? "rejected" : "pending")
                .refuse(name, whom, Refusals.words(status));
    }

    /** channel C is for staff of a 民营企业, as their unit on record says. */
    static ZhichengException channelCPrivateOnly(String unitName, UnitType typeOrNull) {
        return typeOrNull == null ? Refusal.CHANNEL_C_PRIVATE_ONLY.variant("untyped").refuseOn("channel", unitName)
                : Refusal.CHANNEL_C_PRIVATE_ONLY.refuseOn("channel", unitName, typeOrNull.officialTerm(), Refusals.words(typeOrNull));
    }
}
