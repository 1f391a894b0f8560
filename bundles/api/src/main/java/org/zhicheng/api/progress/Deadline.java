package org.zhicheng.api.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The next date that matters for a file, from the year's calendar (R-08..R-11) or the return, and the days
 * left from the platform's today (negative once passed).
 */
public record Deadline(Kind kind, LocalDate date, long daysLeft) {

    public enum Kind {
        /** last day to file. */
        APPLICATION_CLOSES,
        /** last day to resubmit a returned file. */
        RESUBMISSION,
        /** the unit's publicity ends. */
        PUBLICITY_ENDS,
        /** the review window closes. */
        REVIEW_CLOSES,
        /** last day to pay the fee. */
        FEE,
        /** the meetings begin. */
        MEETINGS_BEGIN,
        /** the meetings and their publicity end. */
        MEETINGS_END,
        /** the month the qualification documents are issued (its first day). */
        DOCUMENTS,
        /** the month of the electronic certificates (its first day). */
        CERTIFICATES
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
