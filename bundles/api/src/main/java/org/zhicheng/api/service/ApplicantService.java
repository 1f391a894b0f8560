package org.zhicheng.api.service;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.security.Actor;

/**
 * Applicants. Every call names its {@link Actor}; an actor asking for someone they do not cover is refused
 * ({@code FORBIDDEN}): an applicant sees only themself, an employer its own staff, a county bureau its county.
 */
public interface ApplicantService {

    /**
     * Registers an applicant on someone's behalf (an employer its own staff, a county bureau its county, the
     * integration or an administrator); a second registration with the same ID number is refused. Applicants
     * register themselves through {@link org.zhicheng.api.security.AccountService#registerApplicant}.
     */
    Applicant register(NewApplicant applicant, Actor actor);

    Optional<Applicant> find(long applicantId, Actor actor);

    /** A page of the applicants the actor covers, ordered by id, for lazy-loaded lists. */
    List<Applicant> list(int offset, int limit, Actor actor);

    /** How many applicants the actor covers. */
    long count(Actor actor);

    /** Records an exam result of the applicant; refused for an unknown applicant. */
    ExamResult recordExamResult(ExamResult result, Actor actor);

    /** The applicant's exam results, newest first. */
    List<ExamResult> examResults(long applicantId, Actor actor);
}
