package org.zhicheng.core.internal.unit;

import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.Refusals;

/** Refusals about units. */
public final class UnitRefusals {

    private UnitRefusals() {
    }

    public static ZhichengException unknownUnit(long unitId) {
        return new ZhichengException("UNKNOWN_UNIT", "单位不存在：" + unitId, "no unit " + unitId, "unitId");
    }

    static ZhichengException duplicateCode(String code, String existingName) {
        return new ZhichengException("DUPLICATE_CREDIT_CODE", "统一社会信用代码" + code + "已登记为“" + existingName
                + "”，请在单位列表中选择", "credit code " + code + " is already recorded", "creditCode");
    }

    static ZhichengException unknownCounty(String county) {
        return new ZhichengException("INVALID_INPUT", "县（市）无效：" + county + "，须为阿克苏地区的县（市）",
                "unknown county " + county, "county");
    }

    static ZhichengException notProposed(UnitStatus status) {
        return new ZhichengException("UNIT_NOT_PROPOSED", "该单位" + status.officialTerm() + "，不是待确认的单位",
                "the unit is " + Refusals.words(status) + ", not proposed");
    }

    static ZhichengException staleUnit() {
        return new ZhichengException("STALE_VERSION", "该单位已被他人修改，请刷新后重试", "the unit was changed since it was read");
    }

    /** Employer accounts point to units on record; a proposal is not one yet. */
    static ZhichengException unitNotUsable(String name, UnitStatus status) {
        return new ZhichengException("UNIT_NOT_CONFIRMED", "单位“" + name + "”" + status.officialTerm() + "，不能用于账号",
                "the unit " + name + " is " + Refusals.words(status), "unitId");
    }

    /**
     * The applicant's unit was proposed at registration and waits for its county bureau (or, for a prefecture-direct
     * unit, the prefecture's administrator); no file opens until then.
     */
    public static ZhichengException unitNotConfirmed(String name, String county, UnitStatus status) {
        String whom = county == null ? "地区人社局（系统管理员）" : county + "人社局";
        String chinese = status == UnitStatus.REJECTED
                ? "所在单位“" + name + "”未通过确认，不能申报；请联系" + whom + "核实单位信息"
                : "所在单位“" + name + "”尚待" + whom + "确认，确认后才能申报；请联系" + whom;
        return new ZhichengException("UNIT_NOT_CONFIRMED", chinese,
                "the applicant's unit " + name + " is " + Refusals.words(status) + "; no file before it is confirmed");
    }

    /** channel C is for staff of a 民营企业, as their unit on record says. */
    static ZhichengException channelCPrivateOnly(String unitName, UnitType typeOrNull) {
        return new ZhichengException("CHANNEL_C_PRIVATE_ONLY", "民营企业专项评审仅限民营企业的专业技术人员，所在单位“" + unitName
                + "”" + (typeOrNull == null ? "未登记单位类型" : "是" + typeOrNull.officialTerm()),
                "channel C is for staff of private enterprises only (R-06); the applicant's unit is "
                        + (typeOrNull == null ? "not on record" : Refusals.words(typeOrNull)), "channel");
    }
}
