package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;
import java.util.List;

import org.zhicheng.api.progress.FileProgress;
import org.zhicheng.api.progress.FileStep;

/**
 * Where a file stands (R-08..R-14): the step of the eight (with its Chinese label), who acts next, the next deadline
 * with the days left against the platform's date, submissions made and left, a returned file's reason and last day
 * to resubmit, completion per part and what is still missing with where to fix it.
 */
public record FileProgressDto(long applicationId, String status, String step, String stepLabel, int stepNumber,
                              List<String> steps, boolean closed, NextDto next, DeadlineDto deadline, LocalDate today,
                              int submissionsMade, int submissionsLeft, String returnReason, LocalDate resubmitBy,
                              List<PartDto> completion, List<MissingDto> missing) {

    public record NextDto(String kind, String name) {
    }

    public record DeadlineDto(String kind, LocalDate date, long daysLeft) {
    }

    public record PartDto(String part, int done, int total) {
    }

    public record MissingDto(String part, String sectionId, String fieldId, String text, boolean blocking) {
    }

    public static FileProgressDto of(FileProgress p) {
        return new FileProgressDto(p.applicationId(), p.status().name(), p.step().name(), p.step().officialTerm(),
                p.step().ordinal() + 1, java.util.Arrays.stream(FileStep.values()).map(FileStep::officialTerm).toList(),
                p.closed(), new NextDto(p.next().kind().name(), p.next().name()),
                p.nextDeadline().map(d -> new DeadlineDto(d.kind().name(), d.date(), d.daysLeft())).orElse(null), p.today(),
                p.submissionsMade(), p.submissionsLeft(), p.returnReason(), p.resubmitBy(),
                p.completion().stream().map(c -> new PartDto(c.part().name(), c.done(), c.total())).toList(),
                p.missing().stream().map(m -> new MissingDto(m.part().name(), m.sectionId(), m.fieldId(), m.text(), m.blocking()))
                        .toList());
    }
}
