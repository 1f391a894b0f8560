package org.zhicheng.core.internal.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.zhicheng.api.campaign.Campaign;

/** Builds a year's campaign from its configuration, refusing days that do not exist or windows out of order. */
final class CampaignFactory {

    private CampaignFactory() {
    }

    static Campaign create(CampaignConfiguration c) {
        int year = c.year();
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("campaign year out of range: " + year);
        }
        try {
            return new Campaign(year,
                    new Campaign.Period(day(year, "applicationOpens", c.applicationOpens()), day(year, "applicationCloses", c.applicationCloses())),
                    new Campaign.Period(day(year, "reviewOpens", c.reviewOpens()), day(year, "reviewCloses", c.reviewCloses())),
                    day(year, "feeDeadline", c.feeDeadline()),
                    new Campaign.Period(day(year, "meetingsOpen", c.meetingsOpen()), day(year, "meetingsClose", c.meetingsClose())),
                    YearMonth.of(year, c.qualificationDocumentsMonth()), YearMonth.of(year, c.certificatesMonth()),
                    day(year, "seniorityCutoff", c.seniorityCutoff()), day(year, "prefilingDeadline", c.prefilingDeadline()),
                    c.publicityWorkingDays(), c.returnDeadlineDays(), c.maxSubmissions(), c.intermediateFee(), c.juniorFee());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("campaign " + year + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate day(int year, String key, String monthDay) {
        try {
            return MonthDay.parse("--" + monthDay.trim()).atYear(year);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("campaign " + year + ", " + key + ": '" + monthDay + "' is not a day (MM-DD)");
        }
    }
}
