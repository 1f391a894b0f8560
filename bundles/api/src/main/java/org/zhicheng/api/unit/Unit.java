package org.zhicheng.api.unit;

import org.zhicheng.api.domain.Tier;

/**
 * A unit (用人单位) on record.
 *
 * @param county the county or city whose bureau reviews its staff's files; null for a unit directly under
 *               the prefecture ({@link Tier#PREFECTURE_DIRECT})
 */
public record Unit(long id, String name, CreditCode creditCode, UnitType type, String county, Tier tier,
                   UnitStatus status, long version) {

    public boolean confirmed() {
        return status == UnitStatus.CONFIRMED;
    }
}
