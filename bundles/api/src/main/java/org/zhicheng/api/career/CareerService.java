package org.zhicheng.api.career;

import java.util.Optional;

import org.zhicheng.api.security.Actor;

/**
 * The applicant's professional record and the seniority of a file (R-12, R-30..R-32). Core decides who may: the
 * applicant records their own, and whoever reviews the applicant or one of their files reads it.
 */
public interface CareerService {

    /**
     * Records (or replaces) the applicant's record; checked field by field (a refusal names the field). The
     * applicant's files still being filled take its dates, title and education at once.
     */
    CareerRecord record(CareerRecord record, Actor actor);

    Optional<CareerRecord> find(long applicantId, Actor actor);

    /**
     * the file's years of professional work and in the current appointment, to 12-31 of its evaluation year;
     * also for the experts assigned to it (no identity in it, R-17).
     */
    Seniority seniority(long applicationId, Actor actor);
}
