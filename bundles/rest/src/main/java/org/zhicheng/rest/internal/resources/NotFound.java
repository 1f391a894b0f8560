package org.zhicheng.rest.internal.resources;

import org.zhicheng.api.service.ZhichengException;

/** The rest bundle's own refusals, with the codes and wording core uses for the same cases. */
final class NotFound {

    private NotFound() {
    }

    static ZhichengException series(String code) {
        return new ZhichengException("UNKNOWN_SERIES", "未知的职称系列：" + code, "unknown series " + code);
    }

    static ZhichengException applicant(long id) {
        return new ZhichengException("UNKNOWN_APPLICANT", "申报人不存在：" + id, "no applicant with id " + id);
    }

    static ZhichengException application(long id) {
        return new ZhichengException("UNKNOWN_APPLICATION", "申报不存在：" + id, "no application with id " + id);
    }

    static ZhichengException defenseAppointment(long applicationId) {
        return new ZhichengException("UNKNOWN_DEFENSE_APPOINTMENT", "申报" + applicationId + "尚未安排答辩",
                "file " + applicationId + " has no defense booked");
    }

    static ZhichengException expert(String id) {
        return new ZhichengException("UNKNOWN_EXPERT", "专家不存在：" + id, "no expert " + id);
    }

    static ZhichengException publicity(long applicationId) {
        return new ZhichengException("UNKNOWN_PUBLICITY", "该申报尚未公示：" + applicationId,
                "application " + applicationId + " has not been in publicity");
    }

    static ZhichengException campaign(int year) {
        return new ZhichengException("UNKNOWN_CAMPAIGN", "没有" + year + "年度的评审日程", "no evaluation campaign is configured for " + year);
    }

    static ZhichengException holidays(int year) {
        return new ZhichengException("UNKNOWN_HOLIDAY_SCHEDULE", "没有" + year + "年的节假日安排",
                "no holiday arrangement is configured for " + year);
    }

    static ZhichengException certificate(long applicationId) {
        return new ZhichengException("UNKNOWN_CERTIFICATE", "该申报尚无证书：" + applicationId,
                "no certificate for application " + applicationId);
    }

    static ZhichengException unit(long unitId) {
        return new ZhichengException("UNKNOWN_UNIT", "单位不存在：" + unitId, "no unit " + unitId);
    }

    static ZhichengException feePayment(long applicationId) {
        return new ZhichengException("UNKNOWN_FEE_PAYMENT", "该申报尚未登记缴费：" + applicationId,
                "no fee payment is recorded for application " + applicationId);
    }

    static ZhichengException entrustmentLetter(long applicationId) {
        return new ZhichengException("UNKNOWN_ENTRUSTMENT_LETTER", "该申报尚未登记委托评审函：" + applicationId,
                "no entrustment letter is recorded for application " + applicationId);
    }
}
