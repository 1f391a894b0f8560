package org.zhicheng.api.service;

import java.util.Objects;

import org.zhicheng.api.domain.Application;

/**
 * A row of a reviewer's queue: the file and the name of its applicant, read together.
 *
 * @param applicantName the applicant's full name, as {@link ApplicantService#find} gives it to the same actor
 */
public record ApplicationRow(Application application, String applicantName) {

    public ApplicationRow {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(applicantName, "applicantName");
    }
}
