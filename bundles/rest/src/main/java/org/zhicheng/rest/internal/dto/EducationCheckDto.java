package org.zhicheng.rest.internal.dto;

import java.util.List;

import org.zhicheng.api.education.EducationCheck;

/** The check of a file: the years checked and what falls short, in Chinese. */
public record EducationCheckDto(long applicationId, boolean satisfied, List<Integer> yearsChecked, List<String> shortfalls) {

    public static EducationCheckDto of(long applicationId, EducationCheck check) {
        return new EducationCheckDto(applicationId, check.satisfied(), check.yearsChecked(), check.shortfalls());
    }
}
