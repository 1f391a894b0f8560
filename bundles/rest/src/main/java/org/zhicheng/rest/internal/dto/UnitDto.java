package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;

/** A unit as its keepers (administrators, county bureaus, the integration) see it. */
public record UnitDto(long id, String name, String creditCode, UnitType type, String typeLabel, String county, Tier tier,
                      String tierLabel, UnitStatus status, String statusLabel, long version) {

    public static UnitDto of(Unit unit) {
        return new UnitDto(unit.id(), unit.name(), unit.creditCode().value(), unit.type(), unit.type().officialTerm(),
                unit.county(), unit.tier(), unit.tier().officialTerm(), unit.status(), unit.status().officialTerm(),
                unit.version());
    }
}
