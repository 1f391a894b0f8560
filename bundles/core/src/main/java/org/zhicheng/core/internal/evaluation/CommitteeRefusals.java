package org.zhicheng.core.internal.evaluation;

import java.time.LocalDate;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.Refusals;

/** Refusals of a committee's meeting (Annex 5 rows, R-34). */
final class CommitteeRefusals {

    private CommitteeRefusals() {
    }

    /** An id that names no committee; a series code gets told that its committees are per specialty row. */
    static ZhichengException unknownCommittee(String committeeId, SeriesCatalog catalog) {
        String hint = committeeId == null ? "" : catalog.find(committeeId).map(series -> "（" + series.name()
                + "按专业设评审委员会，请选择其中之一，如 " + series.committees().stream().findFirst().map(Committee::id)
                .orElse(series.code() + ".1") + "）").orElse("");
        return new ZhichengException("UNKNOWN_COMMITTEE", "没有此评审委员会：" + committeeId + hint,
                "no committee " + committeeId + " (ids are <series code>.<Annex 5 row>, listed by GET /api/v1/series/{code}/committees)");
    }

    static ZhichengException gradeNotEvaluated(Committee committee, Grade grade) {
        return new ZhichengException("GRADE_NOT_EVALUATED", committee.specialty() + "评审委员会（" + committee.organisingUnit()
                + "）不评审" + inWords(grade) + "职称", "committee " + committee.id() + " does not evaluate " + Refusals.words(grade) + " titles");
    }

    /** a meeting is held inside the year's meetings window. */
    static ZhichengException meetingOutsideWindow(LocalDate today, Campaign.Period meetings) {
        return new ZhichengException("MEETING_OUTSIDE_WINDOW", "评审会议须在" + meetings.first() + "至" + meetings.last()
                + "之间召开，今天（平台日期" + today + "）不在其中", "evaluation meetings take place from " + meetings.first()
                + " to " + meetings.last() + ", not on " + today + " (R-10)");
    }

    static ZhichengException passRateRequired() {
        return new ZhichengException("INVALID_PASS_RATE", "正高、副高评审会议须设定通过率（0至1之间）",
                "senior meetings set a pass rate in (0, 1] (R-34)");
    }

    /** intermediate and junior levels have no pass rate; one given is refused, not ignored. */
    static ZhichengException passRateNotApplicable(Grade grade) {
        return new ZhichengException("PASS_RATE_NOT_APPLICABLE", inWords(grade) + "评审会议不设通过率，只有正高、副高设通过率（R-34），请勿填写",
                "a " + Refusals.words(grade) + " meeting has no pass rate; only senior levels do (R-34)");
    }

    /** The grade as the notice says it: 正高、副高 / 中级 / 初级（助理、员级）. */
    static String inWords(Grade grade) {
        return switch (grade) {
            case SENIOR -> "正高、副高";
            case INTERMEDIATE -> "中级";
            case JUNIOR -> "初级（助理、员级）";
        };
    }
}
