package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.UnitType;

/**
 * Body of {@code POST /api/v1/units} and the {@code proposedUnit} of a registration. {@code type}: the official term
 * (党政机关, 事业单位, 国有企业, 民营企业, 社会组织, 其他) or its constant; {@code tier}: 地直, 县市, 乡镇 or the constant;
 * {@code county}: empty for a prefecture-direct (地直) unit.
 */
public record NewUnitRequest(String name, String creditCode, String type, String county, String tier) {

    public NewUnit toNewUnit() {
        UnitType unitType = UnitType.parse(Inputs.required(type, "单位类型不能为空 / the unit's type is required"))
                .orElseThrow(() -> new IllegalArgumentException("单位类型无效：" + type
                        + "，应为党政机关、事业单位、国有企业、民营企业、社会组织或其他 / unknown unit type " + type));
        return Inputs.construct(() -> new NewUnit(name, new CreditCode(creditCode), unitType, county, Inputs.tier(tier)));
    }
}
