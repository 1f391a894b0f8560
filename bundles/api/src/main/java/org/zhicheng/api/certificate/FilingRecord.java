package org.zhicheng.api.certificate;

import java.time.LocalDate;

/**
 * A filing (备案) with the higher HR authority.
 *
 * @param seriesCode  the series whose evaluation work is filed
 * @param meetingDate the evaluation meeting a pre-meeting filing is for; null for the other kinds
 * @param filedOn     the platform date of the filing
 */
public record FilingRecord(long id, int evaluationYear, Kind kind, String seriesCode, LocalDate meetingDate,
                           LocalDate filedOn, String filedBy, String note) {

    public enum Kind {
        /** The year's evaluation work, by the campaign's pre-filing deadline (07-10 in 2023). */
        PRE_FILING,
        /** Each evaluation meeting, 3 to 5 days before it. */
        PRE_MEETING,
        /** The results, within 5 days after the qualification documents were issued. */
        POST_FILING
    }
}
