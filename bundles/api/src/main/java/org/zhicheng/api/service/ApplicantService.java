package org.zhicheng.api.service;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;

public interface ApplicantService {

    /** Registers an applicant; a second registration with the same ID number is refused. */
    Applicant register(NewApplicant applicant);

    Optional<Applicant> find(long applicantId);

    /** A page of applicants ordered by id, for lazy-loaded lists. */
    List<Applicant> list(int offset, int limit);

    long count();

    /** Records an exam result of the applicant; refused for an unknown applicant. */
    ExamResult recordExamResult(ExamResult result);

    /** The applicant's exam results, newest first. */
    List<ExamResult> examResults(long applicantId);
}
