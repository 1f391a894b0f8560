package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitType;

/** A confirmed unit for the public registration picker: what an applicant chooses by, and nothing more. */
public record PublicUnitDto(long id, String name, String county, UnitType type, String typeLabel, Tier tier,
                            String tierLabel) {

    public static PublicUnitDto of(Unit unit) {
        return new PublicUnitDto(unit.id(), unit.name(), unit.county(), unit.type(), unit.type().officialTerm(),
                unit.tier(), unit.tier().officialTerm());
    }
}
