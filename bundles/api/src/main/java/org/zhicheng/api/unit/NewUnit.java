package org.zhicheng.api.unit;

import java.util.Objects;

import org.zhicheng.api.domain.Tier;

/**
 * What it takes to record a unit. The record's own checks throw {@link IllegalArgumentException} with a Chinese
 * and English message; whether the county is one of the prefecture's and the code is new is decided in core.
 *
 * @param county blank or null for a unit directly under the prefecture, which has no county
 */
public record NewUnit(String name, CreditCode creditCode, UnitType type, String county, Tier tier) {

    public static final int MAX_NAME_LENGTH = 200;

    public NewUnit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("单位名称不能为空 / the unit's name is required");
        }
        name = name.trim();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("单位名称不能超过" + MAX_NAME_LENGTH + "字 / the unit's name is too long");
        }
        Objects.requireNonNull(creditCode, "统一社会信用代码不能为空 / the unified social credit code is required");
        if (type == null) {
            throw new IllegalArgumentException("单位类型不能为空 / the unit's type is required");
        }
        if (tier == null) {
            throw new IllegalArgumentException("单位层级不能为空 / the unit's tier is required");
        }
        county = county == null || county.isBlank() ? null : county.trim();
        // a prefecture-direct unit has no county; a county or township unit has one
        if (tier == Tier.PREFECTURE_DIRECT && county != null) {
            throw new IllegalArgumentException("地直单位不属于县（市），县（市）应为空 / a prefecture-direct unit has no county");
        }
        if (tier != Tier.PREFECTURE_DIRECT && county == null) {
            throw new IllegalArgumentException(tier.officialTerm() + "单位须填写所在县（市） / a " + tier
                    + " unit needs its county");
        }
    }
}
