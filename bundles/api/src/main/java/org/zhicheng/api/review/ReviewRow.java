package org.zhicheng.api.review;

import java.time.LocalDate;

import org.zhicheng.api.domain.Application;

/**
 * One row of a reviewer's queue.
 *
 * @param idNumberMasked the applicant's ID number with its middle masked
 * @param since          the platform date of the file's last status change (null for files older than that record)
 * @param daysWaiting    calendar days from {@code since} to the platform's today; 0 when {@code since} is unknown
 * @param deadline       the next deadline of the file's stage, from the year's calendar; null when the stage has none
 * @param deadlineKind   what the deadline is, see {@link DeadlineKind}; null with no deadline
 */
public record ReviewRow(Application application, String applicantName, String idNumberMasked, LocalDate since,
                        long daysWaiting, LocalDate deadline, DeadlineKind deadlineKind) {

    /** What a row's deadline closes. */
    public enum DeadlineKind {
        /** The year's review window. */
        REVIEW_WINDOW,
        /** The last day of the unit's publicity; recommendation is possible the day after. */
        PUBLICITY_END,
        /** The fee deadline. */
        FEE_DEADLINE,
        /** The applicant's resubmission deadline. */
        RESUBMISSION,
        /** The last day of the meetings. */
        MEETINGS_END
    }
}
