package org.zhicheng.core.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.Campaign.Period;
import org.zhicheng.api.service.ZhichengException;

/** The checks of an administrator's edit of an evaluation year ({@link CampaignRules}), one test per refusal. */
class CampaignRulesTest {

    /** The 2023 notice's year, as shipped in etc/org.zhicheng.campaign-2023.cfg. */
    private static final Campaign NOTICE_2023 = TestCampaigns.registry("2023-08-01", 2023).campaign(2023).orElseThrow();

    @Test
    void the2023NoticePasses_R08_R09_R10_R11_R28() {
        assertSame(NOTICE_2023, CampaignRules.check(NOTICE_2023));
    }

    @Test
    void yearOutsideTheConfigurableRangeIsRefused() {
        Campaign c = new Builder(NOTICE_2023).year(1999).build();
        assertRefused(c, "评审年度须在2000至2100年之间：1999", "year");
    }

    @Test
    void applicationWindowOutsideTheYearIsRefused_R08() {
        Campaign c = new Builder(NOTICE_2023).application(day(2024, 7, 15), day(2024, 8, 30)).build();
        assertRefused(c, "申报开始日期（2024-07-15）不在2023年度内（R-08）", "applicationWindow.first");
    }

    @Test
    void meetingsEndingInTheNextYearAreRefused_R10() {
        Campaign c = new Builder(NOTICE_2023).meetings(day(2023, 9, 15), day(2024, 1, 10)).build();
        assertRefused(c, "评审会议及公示结束日期（2024-01-10）不在2023年度内（R-10）", "meetingWindow.last");
    }

    @Test
    void certificatesMonthOutsideTheYearIsRefused_R11() {
        Campaign c = new Builder(NOTICE_2023).months(YearMonth.of(2023, 11), YearMonth.of(2024, 1)).build();
        assertRefused(c, "电子证书发放月份（2024-01）不在2023年度内（R-11）", "certificates");
    }

    @Test
    void seniorityCutoffOutsideTheYearIsRefused_R12() {
        Campaign c = new Builder(NOTICE_2023).seniorityCutoff(day(2022, 12, 31)).build();
        assertRefused(c, "资历计算截止日期（2022-12-31）不在2023年度内（R-12）", "seniorityCutoff");
    }

    @Test
    void prefilingOnOrAfterTheOpeningOfApplicationsIsRefused_R28() {
        assertRefused(new Builder(NOTICE_2023).prefiling(day(2023, 7, 15)).build(),
                "事前备案截止日期（2023-07-15）须早于申报开始日期（2023-07-15）（R-28）", "prefilingDeadline");
    }

    @Test
    void reviewOpeningBeforeApplicationsIsRefused_R08_R09() {
        Campaign c = new Builder(NOTICE_2023).review(day(2023, 7, 14), day(2023, 9, 10)).build();
        assertRefused(c, "审核开始日期（2023-07-14）不得早于申报开始日期（2023-07-15）（R-08、R-09）", "reviewWindow.first");
    }

    @Test
    void reviewClosingBeforeApplicationsCloseIsRefused_R08_R09() {
        Campaign c = new Builder(NOTICE_2023).review(day(2023, 8, 1), day(2023, 8, 29)).build();
        assertRefused(c, "审核截止日期（2023-08-29）不得早于申报截止日期（2023-08-30），最后一天申报的材料也须审核（R-08、R-09）", "reviewWindow.last");
    }

    @Test
    void feeDeadlineBeforeTheReviewClosesIsRefused_R09_R29() {
        Campaign c = new Builder(NOTICE_2023).feeDeadline(day(2023, 9, 9)).build();
        assertRefused(c, "缴费截止日期（2023-09-09）不得早于审核截止日期（2023-09-10），审核期内接收材料的申报须能缴费（R-09、R-29）", "feeDeadline");
    }

    @Test
    void meetingsOpeningBeforeTheReviewClosesAreRefused_R09_R10() {
        Campaign c = new Builder(NOTICE_2023).feeDeadline(day(2023, 9, 10)).meetings(day(2023, 9, 10), day(2023, 10, 30)).build();
        assertRefused(c, "评审会议开始日期（2023-09-10）须晚于审核截止日期（2023-09-10）（R-09、R-10）", "meetingWindow.first");
    }

    @Test
    void feeDeadlineAfterTheFirstMeetingIsRefused_R10_R29() {
        Campaign c = new Builder(NOTICE_2023).feeDeadline(day(2023, 9, 16)).build();
        assertRefused(c, "缴费截止日期（2023-09-16）不得晚于评审会议开始日期（2023-09-15），评审前须已缴费（R-10、R-29）", "feeDeadline");
    }

    @Test
    void qualificationDocumentsBeforeTheMeetingsEndAreRefused_R10_R11() {
        Campaign c = new Builder(NOTICE_2023).months(YearMonth.of(2023, 9), YearMonth.of(2023, 12)).build();
        assertRefused(c, "资格文件印发月份（2023-09）不得早于评审会议及公示结束的月份（2023-10）（R-10、R-11）", "qualificationDocuments");
    }

    @Test
    void certificatesBeforeTheQualificationDocumentsAreRefused_R11_R28() {
        Campaign c = new Builder(NOTICE_2023).months(YearMonth.of(2023, 12), YearMonth.of(2023, 11)).build();
        assertRefused(c, "电子证书发放月份（2023-11）不得早于资格文件印发月份（2023-12）（R-11、R-28）", "certificates");
    }

    @Test
    void publicityLongerThanTheReviewIsRefused_R20() {
        Campaign c = new Builder(NOTICE_2023).limits(42, 2).build();
        assertRefused(c, "单位公示42个工作日超过了审核期（41天）（R-09、R-20）", "publicityWorkingDays");
    }

    @Test
    void resubmissionDeadlineLongerThanTheReviewIsRefused_R14() {
        Campaign c = new Builder(NOTICE_2023).limits(5, 42).build();
        assertRefused(c, "退回后42天内重新提交的期限超过了审核期（41天）（R-09、R-14）", "returnDeadlineDays");
    }

    @Test
    void juniorFeeAboveTheIntermediateFeeIsRefused_R29() {
        Campaign c = new Builder(NOTICE_2023).fees(200, 400).build();
        assertRefused(c, "初级评审费（400元）不得高于中级评审费（200元）（R-29）", "juniorFee");
    }

    @Test
    void aWindowEndingBeforeItOpensIsRefusedNamingItsLastDay_R08_R09_R10() {
        assertRefused(new Builder(NOTICE_2023).application(day(2023, 7, 15), day(2023, 7, 14)).build(),
                "申报截止日期（2023-07-14）不得早于申报开始日期（2023-07-15）（R-08）", "applicationWindow.last");
        assertRefused(new Builder(NOTICE_2023).review(day(2023, 9, 10), day(2023, 8, 1)).build(),
                "审核截止日期（2023-08-01）不得早于审核开始日期（2023-09-10）（R-09）", "reviewWindow.last");
        assertRefused(new Builder(NOTICE_2023).meetings(day(2023, 10, 30), day(2023, 9, 15)).build(),
                "评审会议及公示结束日期（2023-09-15）不得早于评审会议开始日期（2023-10-30）（R-10）", "meetingWindow.last");
    }

    @Test
    void limitsBelowOneAreRefusedNamingTheField_R14_R20() {
        assertRefused(new Builder(NOTICE_2023).submissions(0).build(), "最多提交次数须至少为1次，不能为0（R-14）",
                "maxSubmissions");
        assertRefused(new Builder(NOTICE_2023).limits(0, 2).build(), "单位公示工作日数须至少为1个工作日，不能为0（R-20）",
                "publicityWorkingDays");
        assertRefused(new Builder(NOTICE_2023).limits(5, -1).build(), "退回后重新提交天数须至少为1天，不能为-1（R-14）",
                "returnDeadlineDays");
    }

    @Test
    void negativeFeesAreRefusedNamingTheFee_R29() {
        assertRefused(new Builder(NOTICE_2023).fees(-400, -500).build(), "中级评审费不能为负数：-400元（R-29）", "intermediateFee");
        assertRefused(new Builder(NOTICE_2023).fees(400, -1).build(), "初级评审费不能为负数：-1元（R-29）", "juniorFee");
    }

    @Test
    void aMissingCampaignIsRefused() {
        assertRefused(null, "评审年度日程不能为空", null);
    }

    @Test
    void propertiesWrittenForAYearReadBackAsTheSameCampaign() throws Exception {
        Campaign edited = new Builder(NOTICE_2023).year(2024).application(day(2024, 7, 10), day(2024, 9, 1))
                .review(day(2024, 8, 1), day(2024, 9, 10)).limits(7, 3).fees(450, 250).build();
        Map<String, String> properties = CampaignFactory.properties(edited);
        assertEquals("07-10", properties.get("applicationOpens"));
        assertEquals("2024", properties.get("year"));
        assertEquals(edited, new ConfiguredCampaign(TestCampaigns.configuration(CampaignConfiguration.class,
                typed(CampaignConfiguration.class, properties))).campaign());
    }

    /** Config Admin hands DS text values; DS converts them to the configuration type's return types. */
    static Map<String, Object> typed(Class<?> type, Map<String, String> properties) throws Exception {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            Method method = type.getMethod(entry.getKey());
            values.put(entry.getKey(), method.getReturnType() == int.class ? (Object) Integer.valueOf(entry.getValue())
                    : entry.getValue());
        }
        return values;
    }

    /** Refused in Chinese, naming the wrong field for the editor to mark (a {@link Campaign} component path). */
    private static void assertRefused(Campaign campaign, String chineseMessage, String field) {
        ZhichengException refusal = assertThrows(ZhichengException.class, () -> CampaignRules.check(campaign));
        assertEquals("INVALID_INPUT", refusal.code());
        assertEquals(chineseMessage, refusal.chineseMessage());
        assertEquals(Optional.ofNullable(field), refusal.field());
        assertTrue(refusal.getMessage().matches("\\p{ASCII}+"), "English message: " + refusal.getMessage());
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The campaign with some values changed; the year of every day follows {@link #year(int)} unless given. */
    private static final class Builder {
        private int year;
        private Period application;
        private Period review;
        private LocalDate feeDeadline;
        private Period meetings;
        private YearMonth documents;
        private YearMonth certificates;
        private LocalDate seniorityCutoff;
        private LocalDate prefiling;
        private int publicity;
        private int returnDays;
        private int maxSubmissions;
        private int intermediateFee;
        private int juniorFee;

        Builder(Campaign c) {
            year = c.year();
            application = c.applicationWindow();
            review = c.reviewWindow();
            feeDeadline = c.feeDeadline();
            meetings = c.meetingWindow();
            documents = c.qualificationDocuments();
            certificates = c.certificates();
            seniorityCutoff = c.seniorityCutoff();
            prefiling = c.prefilingDeadline();
            publicity = c.publicityWorkingDays();
            returnDays = c.returnDeadlineDays();
            maxSubmissions = c.maxSubmissions();
            intermediateFee = c.intermediateFee();
            juniorFee = c.juniorFee();
        }

        /** Moves every day into the year (the year itself may be outside the allowed range). */
        Builder year(int newYear) {
            int shift = newYear - year;
            year = newYear;
            application = new Period(application.first().plusYears(shift), application.last().plusYears(shift));
            review = new Period(review.first().plusYears(shift), review.last().plusYears(shift));
            feeDeadline = feeDeadline.plusYears(shift);
            meetings = new Period(meetings.first().plusYears(shift), meetings.last().plusYears(shift));
            documents = documents.plusYears(shift);
            certificates = certificates.plusYears(shift);
            seniorityCutoff = seniorityCutoff.plusYears(shift);
            prefiling = prefiling.plusYears(shift);
            return this;
        }

        Builder application(LocalDate first, LocalDate last) {
            application = new Period(first, last);
            return this;
        }

        Builder review(LocalDate first, LocalDate last) {
            review = new Period(first, last);
            return this;
        }

        Builder feeDeadline(LocalDate day) {
            feeDeadline = day;
            return this;
        }

        Builder meetings(LocalDate first, LocalDate last) {
            meetings = new Period(first, last);
            return this;
        }

        Builder months(YearMonth qualificationDocuments, YearMonth certificateMonth) {
            documents = qualificationDocuments;
            certificates = certificateMonth;
            return this;
        }

        Builder seniorityCutoff(LocalDate day) {
            seniorityCutoff = day;
            return this;
        }

        Builder prefiling(LocalDate day) {
            prefiling = day;
            return this;
        }

        Builder limits(int publicityWorkingDays, int returnDeadlineDays) {
            publicity = publicityWorkingDays;
            returnDays = returnDeadlineDays;
            return this;
        }

        Builder submissions(int max) {
            maxSubmissions = max;
            return this;
        }

        Builder fees(int intermediate, int junior) {
            intermediateFee = intermediate;
            juniorFee = junior;
            return this;
        }

        Campaign build() {
            return new Campaign(year, application, review, feeDeadline, meetings, documents, certificates, seniorityCutoff,
                    prefiling, publicity, returnDays, maxSubmissions, intermediateFee, juniorFee);
        }
    }
}
