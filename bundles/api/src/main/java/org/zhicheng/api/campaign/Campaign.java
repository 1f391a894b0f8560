package org.zhicheng.api.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One evaluation year as its notice sets it. Every number is configuration (next year's notice changes it);
 * the 2023 notice's values are the defaults.
 *
 * <p>A plain carrier of the values: an administrator's edit is built as entered and checked by the platform when
 * saved ({@link CampaignAdministration#save}), which refuses a wrong value naming the field; every campaign
 * {@link CampaignService} answers passed those checks (each window's first day not after its last, limits at least
 * 1, fees not negative, and the calendar's order).
 *
 * @param applicationWindow      R-08: when applicants file (07-15..08-30)
 * @param reviewWindow           R-09: when employers and bureaus review (08-01..09-10)
 * @param feeDeadline           : last day to pay the evaluation fee (09-15)
 * @param meetingWindow          R-10: evaluation meetings and result publicity (09-15..10-30)
 * @param qualificationDocuments R-11: month the qualification documents are issued (November)
 * @param certificates           R-11: month of post-filing and electronic certificates (December)
 * @param seniorityCutoff        R-12: seniority is counted up to this day (12-31 of the year)
 * @param prefilingDeadline      R-28: pre-filing of the year's work (07-10)
 * @param publicityWorkingDays   R-20: the employer's publicity lasts at least this many working days (5)
 * @param returnDeadlineDays     R-14: a returned file is resubmitted within this many days of the return (2)
 * @param maxSubmissions         R-14: a file goes to review at most this many times (3)
 * @param intermediateFee        R-29: yuan (400); senior fees are the series' own within its range
 * @param juniorFee              R-29: yuan (200)
 */
public record Campaign(int year, Period applicationWindow, Period reviewWindow, LocalDate feeDeadline, Period meetingWindow,
                       YearMonth qualificationDocuments, YearMonth certificates, LocalDate seniorityCutoff,
                       LocalDate prefilingDeadline, int publicityWorkingDays, int returnDeadlineDays, int maxSubmissions,
                       int intermediateFee, int juniorFee) {

    /** Both days included; one whose last day is before its first contains none (the platform refuses it). */
    public record Period(LocalDate first, LocalDate last) {
        public Period {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    public Campaign {
        Objects.requireNonNull(applicationWindow, "applicationWindow");
        Objects.requireNonNull(reviewWindow, "reviewWindow");
        Objects.requireNonNull(feeDeadline, "feeDeadline");
        Objects.requireNonNull(meetingWindow, "meetingWindow");
        Objects.requireNonNull(qualificationDocuments, "qualificationDocuments");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(seniorityCutoff, "seniorityCutoff");
        Objects.requireNonNull(prefilingDeadline, "prefilingDeadline");
    }
}
