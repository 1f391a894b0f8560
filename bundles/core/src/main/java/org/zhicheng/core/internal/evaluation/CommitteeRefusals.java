package org.zhicheng.core.internal.evaluation;

import java.time.LocalDate;
import java.util.Optional;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.Refusals;

/** Refusals of a committee's meeting (Annex 5 rows, R-34). */
final class CommitteeRefusals {

    private CommitteeRefusals() {
    }

    /** An id that names no committee; a series code gets told that its committees are per specialty row. */
    static ZhichengException unknownCommittee(String committeeId, SeriesCatalog catalog) {
        return (committeeId == null ? Optional.<Series>empty() : catalog.find(committeeId))
                .map(series -> Refusal.UNKNOWN_COMMITTEE.variant("series").refuse(committeeId, series.name(),
                        series.committees().stream().findFirst().map(Committee::id).orElse(series.code() + ".1")))
                .orElseGet(() -> Refusal.UNKNOWN_COMMITTEE.refuse(committeeId));
    }

    static ZhichengException gradeNotEvaluated(Committee committee, Grade grade) {
        return Refusal.GRADE_NOT_EVALUATED.refuse(committee.specialty(), committee.organisingUnit(), inWords(grade), committee.id(),
                Refusals.words(grade));
    }

    /** a meeting is held inside the year's meetings window. */
    static ZhichengException meetingOutsideWindow(LocalDate today, Campaign.Period meetings) {
        return Refusal.MEETING_OUTSIDE_WINDOW.variant("today").refuse(meetings.first(), meetings.last(), today);
    }

    static ZhichengException passRateRequired() {
        return Refusal.INVALID_PASS_RATE.refuse();
    }

    /** intermediate and junior levels have no pass rate; one given is refused, not ignored. */
    static ZhichengException passRateNotApplicable(Grade grade) {
        return Refusal.PASS_RATE_NOT_APPLICABLE.refuse(inWords(grade), Refusals.words(grade));
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
