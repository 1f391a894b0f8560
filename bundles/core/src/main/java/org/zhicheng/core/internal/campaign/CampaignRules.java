package org.zhicheng.core.internal.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

/**
 * What an evaluation year must satisfy before an administrator's edit is saved, derived from the notice's calendar
 * (R-08..R-12, R-14, R-20, R-28, R-29). The checks run in this order and the first failure is the refusal
 * ({@code INVALID_INPUT}, a Chinese message naming the field, what is wrong and the rule, and the field's record
 * component in {@link ZhichengException#field()}, so that the editor can mark it):
 * <ol>
 *   <li>the year lies between {@value #FIRST_YEAR} and {@value #LAST_YEAR} (as the configuration accepts);</li>
 *   <li>{@link #checkOwnValues the values on their own}: each window's first day not after its last (R-08, R-09,
 *       R-10), the publicity, the resubmission period and the number of submissions at least 1, fees
 *       not negative ;</li>
 *   <li>every day and month lies in the evaluation year: the configuration stores month-days of its year, and the
 *       notice's whole calendar, seniority cut-off included, is that year's;</li>
 *   <li>R-28: pre-filing of the year's work is due before applications open;</li>
 *   <li>R-08, R-09: the review opens no earlier than applications open, and closes no earlier than they close (a
 *       file filed on the last day is still reviewed);</li>
 *   <li>R-09, R-29: the fee deadline is no earlier than the review's close (material is received during the review
 *       and only then can the fee be paid) and no later than the first meeting (the committee evaluates paid files);</li>
 *   <li>R-09, R-10: meetings open after the review has closed;</li>
 *   <li>R-10, R-11: qualification documents are issued no earlier than the month the meetings and their publicity
 *       end, certificates (and post-filing, R-28) no earlier than the documents' month;</li>
 *   <li>R-14, R-20: the employer's publicity (working days) and the resubmission deadline (days) each fit in the
 *       review window, where they run;</li>
 *   <li>R-29: the junior fee is not above the intermediate fee.</li>
 * </ol>
 * The values on their own are also what a year's configuration file must satisfy to be loaded at all.
 */
public final class CampaignRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private CampaignRules() {
    }

    /** Refuses the first rule the campaign breaks; returns it unchanged otherwise. */
    public static Campaign check(Campaign c) {
        if (c == null) {
            throw invalid("required").refuseOn(null);
        }
        int year = c.year();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw invalid("year").refuseOn("year", FIRST_YEAR, LAST_YEAR, year);
        }
        checkOwnValues(c);
        inYear(year, "申报开始日期", "applicationWindow.first", c.applicationWindow().first(), "R-08");
        inYear(year, "申报截止日期", "applicationWindow.last", c.applicationWindow().last(), "R-08");
        inYear(year, "审核开始日期", "reviewWindow.first", c.reviewWindow().first(), "R-09");
        inYear(year, "审核截止日期", "reviewWindow.last", c.reviewWindow().last(), "R-09");
        inYear(year, "缴费截止日期", "feeDeadline", c.feeDeadline(), "R-09");
        inYear(year, "评审会议开始日期", "meetingWindow.first", c.meetingWindow().first(), "R-10");
        inYear(year, "评审会议及公示结束日期", "meetingWindow.last", c.meetingWindow().last(), "R-10");
        inYear(year, "资格文件印发月份", "qualificationDocuments", c.qualificationDocuments(), "R-11");
        inYear(year, "电子证书发放月份", "certificates", c.certificates(), "R-11");
        inYear(year, "资历计算截止日期", "seniorityCutoff", c.seniorityCutoff(), "R-12");
        inYear(year, "事前备案截止日期", "prefilingDeadline", c.prefilingDeadline(), "R-28");

        LocalDate applicationOpens = c.applicationWindow().first();
        if (!c.prefilingDeadline().isBefore(applicationOpens)) {
            throw invalid("prefiling").refuseOn("prefilingDeadline", c.prefilingDeadline(), applicationOpens);
        }
        if (c.reviewWindow().first().isBefore(applicationOpens)) {
            throw invalid("reviewOpens").refuseOn("reviewWindow.first", c.reviewWindow().first(), applicationOpens);
        }
        if (c.reviewWindow().last().isBefore(c.applicationWindow().last())) {
            throw invalid("reviewCloses").refuseOn("reviewWindow.last", c.reviewWindow().last(), c.applicationWindow().last());
        }
        if (c.feeDeadline().isBefore(c.reviewWindow().last())) {
            throw invalid("feeAfterReview").refuseOn("feeDeadline", c.feeDeadline(), c.reviewWindow().last());
        }
        if (!c.meetingWindow().first().isAfter(c.reviewWindow().last())) {
            throw invalid("meetingsAfterReview").refuseOn("meetingWindow.first", c.meetingWindow().first(), c.reviewWindow().last());
        }
        if (c.feeDeadline().isAfter(c.meetingWindow().first())) {
            throw invalid("feeBeforeMeetings").refuseOn("feeDeadline", c.feeDeadline(), c.meetingWindow().first());
        }
        YearMonth meetingsEnd = YearMonth.from(c.meetingWindow().last());
        if (c.qualificationDocuments().isBefore(meetingsEnd)) {
            throw invalid("documentsAfterMeetings").refuseOn("qualificationDocuments", c.qualificationDocuments(), meetingsEnd);
        }
        if (c.certificates().isBefore(c.qualificationDocuments())) {
            throw invalid("certificatesAfterDocuments").refuseOn("certificates", c.certificates(), c.qualificationDocuments());
        }
        long reviewDays = ChronoUnit.DAYS.between(c.reviewWindow().first(), c.reviewWindow().last()) + 1;
        if (c.publicityWorkingDays() > reviewDays) {
            throw invalid("publicityFits").refuseOn("publicityWorkingDays", c.publicityWorkingDays(), reviewDays);
        }
        if (c.returnDeadlineDays() > reviewDays) {
            throw invalid("resubmissionFits").refuseOn("returnDeadlineDays", c.returnDeadlineDays(), reviewDays);
        }
        if (c.juniorFee() > c.intermediateFee()) {
            throw invalid("juniorFee").refuseOn("juniorFee", c.juniorFee(), c.intermediateFee());
        }
        return c;
    }

    /**
     * The values on their own, without the calendar's order: each window's first day not after its last, limits at
     * least 1, fees not negative. Refused as {@link #check} refuses; returns the campaign unchanged otherwise.
     */
    static Campaign checkOwnValues(Campaign c) {
        ordered("申报开始日期", "申报截止日期", "applicationWindow", c.applicationWindow(), "R-08");
        ordered("审核开始日期", "审核截止日期", "reviewWindow", c.reviewWindow(), "R-09");
        ordered("评审会议开始日期", "评审会议及公示结束日期", "meetingWindow", c.meetingWindow(), "R-10");
        atLeastOne("单位公示工作日数", "个工作日", "publicityWorkingDays", c.publicityWorkingDays(), "R-20");
        atLeastOne("退回后重新提交天数", "天", "returnDeadlineDays", c.returnDeadlineDays(), "R-14");
        atLeastOne("最多提交次数", "次", "maxSubmissions", c.maxSubmissions(), "R-14");
        notNegative("中级评审费", "intermediateFee", c.intermediateFee());
        notNegative("初级评审费", "juniorFee", c.juniorFee());
        return c;
    }

    private static void ordered(String firstName, String lastName, String field, Campaign.Period window, String rule) {
        if (window.last().isBefore(window.first())) {
            throw invalid("ordered").refuseOn(field + ".last", lastName, window.last(), firstName, window.first(), rule, field);
        }
    }

    private static void atLeastOne(String name, String unit, String field, int value, String rule) {
        if (value < 1) {
            throw invalid("atLeastOne").refuseOn(field, name, unit, value, rule, field);
        }
    }

    private static void notNegative(String name, String field, int yuan) {
        if (yuan < 0) {
            throw invalid("notNegative").refuseOn(field, name, yuan, field);
        }
    }

    private static void inYear(int year, String name, String field, LocalDate day, String rule) {
        if (day.getYear() != year) {
            throw invalid("inYear").refuseOn(field, name, day, year, rule, field);
        }
    }

    private static void inYear(int year, String name, String field, YearMonth month, String rule) {
        if (month.getYear() != year) {
            throw invalid("inYear").refuseOn(field, name, month, year, rule, field);
        }
    }

    /**
     * {@code INVALID_INPUT} in the catalogue's words for this check ({@code INVALID_INPUT.campaign.<check>}), naming the
     * wrong field (a {@link Campaign} component path), so the editor can mark it.
     */
    private static Refusal.Text invalid(String check) {
        return Refusal.INVALID_INPUT.variant("campaign." + check);
    }
}
