package org.zhicheng.api.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.ApplicationStatus;

/**
 * Where a file stands, computed by the platform against its own date: the step, who acts next, the next deadline,
 * the submissions made and left, a returned file's reason and last day to resubmit, how complete each
 * part is, and what is still missing.
 *
 * @param step           the current step; for a file that ended (refused, withdrawn, revoked) the step it ended in
 * @param closed         true when nothing further happens to the file
 * @param deadline       the next date that matters, if any
 * @param returnReason   the reason of the last return while the file is returned, else null
 * @param resubmitBy     R-14: the last day to resubmit a returned file, else null
 */
public record FileProgress(long applicationId, ApplicationStatus status, FileStep step, boolean closed, NextActor next,
                           Deadline deadline, LocalDate today, int submissionsMade, int submissionsLeft,
                           String returnReason, LocalDate resubmitBy, List<PartCompletion> completion,
                           List<MissingItem> missing) {

    public FileProgress {
        completion = List.copyOf(completion);
        missing = List.copyOf(missing);
    }

    public Optional<Deadline> nextDeadline() {
        return Optional.ofNullable(deadline);
    }

    /** What still keeps the file from being submitted. */
    public List<MissingItem> blocking() {
        return missing.stream().filter(MissingItem::blocking).toList();
    }
}
