package org.zhicheng.core.internal.career;

import java.time.LocalDate;

import org.zhicheng.api.bridge.BridgeCheck;
import org.zhicheng.api.service.ZhichengException;

/** The refusals of the professional record and of the checks made when a file is opened (R-12, R-30..R-32). */
final class CareerRefusals {

    private CareerRefusals() {
    }

    /** A wrong value of one field of the record, named as the record names it. */
    static ZhichengException invalid(String field, String chinese, String english) {
        return new ZhichengException("INVALID_INPUT", chinese, english, field);
    }

    static ZhichengException recordMissing() {
        return new ZhichengException("CAREER_RECORD_MISSING", "请先在“职业信息”中填写参加工作时间、现任职务及聘任时间和最高学历，再申报",
                "record the applicant's professional record (start of work, title, appointment, education) before opening a file");
    }

    static ZhichengException seniorityTooShort(String level, String what, int required, int actual, LocalDate cutoff) {
        return new ZhichengException("SENIORITY_TOO_SHORT", "申报" + level + "须" + what + "满" + required + "年（计算至"
                + cutoff.getYear() + "年" + cutoff.getMonthValue() + "月" + cutoff.getDayOfMonth() + "日），现为" + actual + "年",
                level + " needs " + required + " full years of " + (what.startsWith("现职务") ? "appointment" : "professional work")
                        + " to " + cutoff + ", not " + actual + " (R-12)");
    }

    static ZhichengException bridgeNotOpen(BridgeCheck check) {
        return new ZhichengException("BRIDGE_NOT_OPEN", "高技能人才贯通：" + check.chineseReason(),
                "high-skill bridge: " + check.englishReason());
    }
}
