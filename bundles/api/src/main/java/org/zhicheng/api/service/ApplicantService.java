package org.zhicheng.api.service;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;

public interface ApplicantService {

    /** Registers an applicant; a second registration with the same ID number is refused. */
    Applicant register(NewApplicant applicant);

    Optional<Applicant> find(long applicantId);

    /** A page of applicants ordered by id, for lazy-loaded lists. */
    List<Applicant> list(int offset, int limit);

    long count();
}
