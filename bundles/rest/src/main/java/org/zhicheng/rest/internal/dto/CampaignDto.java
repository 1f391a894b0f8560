package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;
import java.time.YearMonth;

import org.zhicheng.api.campaign.Campaign;

/**
 * An evaluation year's calendar, fees and limits (R-08..R-14, R-20, R-28, R-29): the answer of
 * {@code GET /api/v1/campaigns/{year}} and the body of {@code PUT} (every field required; {@code year} may be left
 * out, else it must be the path's). Days are ISO dates ({@code 2023-07-15}), months {@code 2023-11}.
 */
public record CampaignDto(Integer year, PeriodDto applicationWindow, PeriodDto reviewWindow, LocalDate feeDeadline,
                          PeriodDto meetingWindow, YearMonth qualificationDocuments, YearMonth certificates,
                          LocalDate seniorityCutoff, LocalDate prefilingDeadline, Integer publicityWorkingDays,
                          Integer returnDeadlineDays, Integer maxSubmissions, Integer intermediateFee, Integer juniorFee) {

    /** Both days included. */
    public record PeriodDto(LocalDate first, LocalDate last) {

        static PeriodDto of(Campaign.Period period) {
            return new PeriodDto(period.first(), period.last());
        }

        Campaign.Period toPeriod(String chineseName, String field) {
            return new Campaign.Period(Inputs.required(first, chineseName + "开始日期不能为空 / " + field + ".first is required"),
                    Inputs.required(last, chineseName + "结束日期不能为空 / " + field + ".last is required"));
        }
    }

    public static CampaignDto of(Campaign c) {
        return new CampaignDto(c.year(), PeriodDto.of(c.applicationWindow()), PeriodDto.of(c.reviewWindow()), c.feeDeadline(),
                PeriodDto.of(c.meetingWindow()), c.qualificationDocuments(), c.certificates(), c.seniorityCutoff(),
                c.prefilingDeadline(), c.publicityWorkingDays(), c.returnDeadlineDays(), c.maxSubmissions(),
                c.intermediateFee(), c.juniorFee());
    }

    /** The campaign of the path's year that this body describes; missing fields are refused as invalid input. */
    public Campaign toCampaign(int pathYear) {
        Years.requireSame(year, pathYear);
        return Inputs.construct(() -> new Campaign(pathYear,
                Inputs.required(applicationWindow, "申报时间不能为空 / applicationWindow is required").toPeriod("申报", "applicationWindow"),
                Inputs.required(reviewWindow, "审核时间不能为空 / reviewWindow is required").toPeriod("审核", "reviewWindow"),
                Inputs.required(feeDeadline, "缴费截止日期不能为空 / feeDeadline is required"),
                Inputs.required(meetingWindow, "评审会议时间不能为空 / meetingWindow is required").toPeriod("评审会议", "meetingWindow"),
                Inputs.required(qualificationDocuments, "资格文件印发月份不能为空 / qualificationDocuments is required"),
                Inputs.required(certificates, "电子证书发放月份不能为空 / certificates is required"),
                Inputs.required(seniorityCutoff, "资历计算截止日期不能为空 / seniorityCutoff is required"),
                Inputs.required(prefilingDeadline, "事前备案截止日期不能为空 / prefilingDeadline is required"),
                Inputs.required(publicityWorkingDays, "公示工作日数不能为空 / publicityWorkingDays is required"),
                Inputs.required(returnDeadlineDays, "退回重新提交天数不能为空 / returnDeadlineDays is required"),
                Inputs.required(maxSubmissions, "最多提交次数不能为空 / maxSubmissions is required"),
                Inputs.required(intermediateFee, "中级评审费不能为空 / intermediateFee is required"),
                Inputs.required(juniorFee, "初级评审费不能为空 / juniorFee is required")));
    }
}
