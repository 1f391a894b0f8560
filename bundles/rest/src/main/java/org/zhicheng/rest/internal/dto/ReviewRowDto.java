package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.review.ReviewRow;

/** A row of the reviewer's queue: the file, whose it is (ID number masked), since when it waits and its next deadline. */
public record ReviewRowDto(ApplicationDto application, String applicantName, String idNumberMasked, LocalDate since,
                           long daysWaiting, LocalDate deadline, String deadlineKind) {

    public static ReviewRowDto of(ReviewRow row) {
        return new ReviewRowDto(ApplicationDto.of(row.application()), row.applicantName(), row.idNumberMasked(), row.since(),
                row.daysWaiting(), row.deadline(), row.deadlineKind() == null ? null : row.deadlineKind().name());
    }
}
