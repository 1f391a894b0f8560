package org.zhicheng.core.internal.career;

import java.time.LocalDate;

import org.zhicheng.api.bridge.BridgeCheck;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

/** The refusals of the professional record and of the checks made when a file is opened (R-12, R-30..R-32). */
final class CareerRefusals {

    private CareerRefusals() {
    }

    static ZhichengException recordMissing() {
        return Refusal.CAREER_RECORD_MISSING.refuse();
    }

    static ZhichengException seniorityTooShort(String level, String what, int required, int actual, LocalDate cutoff) {
        return Refusal.SENIORITY_TOO_SHORT.refuse(level, what, required, cutoff.getYear(), cutoff.getMonthValue(),
                cutoff.getDayOfMonth(), actual, what.startsWith("现职务") ? "appointment" : "professional work", cutoff);
    }

    static ZhichengException bridgeNotOpen(BridgeCheck check) {
        return Refusal.BRIDGE_NOT_OPEN.refuse(check.chineseReason(), check.englishReason());
    }
}
