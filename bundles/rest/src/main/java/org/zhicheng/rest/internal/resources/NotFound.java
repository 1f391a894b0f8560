package org.zhicheng.rest.internal.resources;

import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

/** The rest bundle's own refusals, from the catalogue core uses for the same cases ({@link Refusal}). */
final class NotFound {

    private NotFound() {
    }

    static ZhichengException series(String code) {
        return Refusal.UNKNOWN_SERIES.refuse(code);
    }

    static ZhichengException applicant(long id) {
        return Refusal.UNKNOWN_APPLICANT.refuse(id);
    }

    static ZhichengException application(long id) {
        return Refusal.UNKNOWN_APPLICATION.refuse(id);
    }

    static ZhichengException defenseAppointment(long applicationId) {
        return Refusal.UNKNOWN_DEFENSE_APPOINTMENT.refuse(applicationId);
    }

    static ZhichengException expert(String id) {
        return Refusal.UNKNOWN_EXPERT.refuse(id);
    }

    static ZhichengException publicity(long applicationId) {
        return Refusal.UNKNOWN_PUBLICITY.refuse(applicationId);
    }

    static ZhichengException campaign(int year) {
        return Refusal.UNKNOWN_CAMPAIGN.refuse(year);
    }

    static ZhichengException holidays(int year) {
        return Refusal.UNKNOWN_HOLIDAY_SCHEDULE.refuse(year);
    }

    static ZhichengException certificate(long applicationId) {
        return Refusal.UNKNOWN_CERTIFICATE.variant("application").refuse(applicationId);
    }

    static ZhichengException unit(long unitId) {
        return Refusal.UNKNOWN_UNIT.refuse(unitId);
    }

    static ZhichengException feePayment(long applicationId) {
        return Refusal.UNKNOWN_FEE_PAYMENT.refuse(applicationId);
    }

    static ZhichengException entrustmentLetter(long applicationId) {
        return Refusal.UNKNOWN_ENTRUSTMENT_LETTER.refuse(applicationId);
    }
}
