package org.zhicheng.core.internal.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.service.ZhichengException;

/**
 * Builds a year's campaign from its configuration, refusing days that do not exist and values wrong on their own
 * ({@link CampaignRules#checkOwnValues}: windows out of order, limits below 1, negative fees); and
 * back, the configuration of a campaign as its file in etc/ holds it.
 */
final class CampaignFactory {

    private CampaignFactory() {
    }

    static Campaign create(CampaignConfiguration c) {
        int year = c.year();
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("campaign year out of range: " + year);
        }
        try {
            return CampaignRules.checkOwnValues(new Campaign(year,
                    new Campaign.Period(day(year, "applicationOpens", c.applicationOpens()), day(year, "applicationCloses", c.applicationCloses())),
                    new Campaign.Period(day(year, "reviewOpens", c.reviewOpens()), day(year, "reviewCloses", c.reviewCloses())),
                    day(year, "feeDeadline", c.feeDeadline()),
                    new Campaign.Period(day(year, "meetingsOpen", c.meetingsOpen()), day(year, "meetingsClose", c.meetingsClose())),
                    YearMonth.of(year, c.qualificationDocumentsMonth()), YearMonth.of(year, c.certificatesMonth()),
                    day(year, "seniorityCutoff", c.seniorityCutoff()), day(year, "prefilingDeadline", c.prefilingDeadline()),
                    c.publicityWorkingDays(), c.returnDeadlineDays(), c.maxSubmissions(), c.intermediateFee(), c.juniorFee()));
        } catch (DateTimeException | ZhichengException e) {
            // SCR logs it and the year's component does not activate: a wrong file never becomes the year's calendar
            throw new IllegalArgumentException("campaign " + year + ": " + e.getMessage(), e);
        }
    }

    /**
     * The campaign's configuration properties (keys of {@link CampaignConfiguration}), as text like the shipped
     * etc/org.zhicheng.campaign-2023.cfg so that Karaf writes the file back in the same form. Days are month-days:
     * the campaign's days must lie in its year ({@link CampaignRules}).
     */
    static Map<String, String> properties(Campaign c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("year", Integer.toString(c.year()));
        p.put("applicationOpens", monthDay(c.applicationWindow().first()));
        p.put("applicationCloses", monthDay(c.applicationWindow().last()));
        p.put("reviewOpens", monthDay(c.reviewWindow().first()));
        p.put("reviewCloses", monthDay(c.reviewWindow().last()));
        p.put("feeDeadline", monthDay(c.feeDeadline()));
        p.put("meetingsOpen", monthDay(c.meetingWindow().first()));
        p.put("meetingsClose", monthDay(c.meetingWindow().last()));
        p.put("qualificationDocumentsMonth", Integer.toString(c.qualificationDocuments().getMonthValue()));
        p.put("certificatesMonth", Integer.toString(c.certificates().getMonthValue()));
        p.put("seniorityCutoff", monthDay(c.seniorityCutoff()));
        p.put("prefilingDeadline", monthDay(c.prefilingDeadline()));
        p.put("publicityWorkingDays", Integer.toString(c.publicityWorkingDays()));
        p.put("returnDeadlineDays", Integer.toString(c.returnDeadlineDays()));
        p.put("maxSubmissions", Integer.toString(c.maxSubmissions()));
        p.put("intermediateFee", Integer.toString(c.intermediateFee()));
        p.put("juniorFee", Integer.toString(c.juniorFee()));
        return p;
    }

    private static String monthDay(LocalDate day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    private static LocalDate day(int year, String key, String monthDay) {
        try {
            return MonthDay.parse("--" + monthDay.trim()).atYear(year);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("campaign " + year + ", " + key + ": '" + monthDay + "' is not a day (MM-DD)");
        }
    }
}
