package org.zhicheng.core.internal.security;

import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.zhicheng.api.domain.ApplicationStatus;

import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/** Loading an applicant or a file for an actor: unknown ids refused, then the act checked, in one place. */
public final class Guarded {

    private Guarded() {
    }

    public static ApplicantEntity applicant(EntityManager em, long applicantId) {
        ApplicantEntity applicant = em.find(ApplicantEntity.class, applicantId);
        if (applicant == null) {
            throw Refusals.unknownApplicant(applicantId);
        }
        return applicant;
    }

    public static ApplicantEntity applicant(EntityManager em, long applicantId, Actor actor, Act act) {
        ApplicantEntity applicant = applicant(em, applicantId);
        Access.require(actor, act, FileScope.of(applicant));
        return applicant;
    }

    /**
     * The applicant, for an act on them rather than on one file (continuing education, R-18): allowed to whoever
     * covers the applicant (themself, their unit, their county) or one of their files (the series department of the
     * file's series, R-19); otherwise refused with {@code FORBIDDEN} naming the first act.
     */
    public static ApplicantEntity applicantForAny(EntityManager em, long applicantId, Actor actor, Act first, Act... others) {
        ApplicantEntity applicant = applicant(em, applicantId);
        FileScope own = FileScope.of(applicant);
        if (Access.permitsAny(actor, own, first, others)) {
            return applicant;
        }
        boolean throughAFile = em.createNamedQuery(ApplicationEntity.BY_APPLICANT, ApplicationEntity.class)
                .setParameter("applicantId", applicantId).getResultList().stream()
                .anyMatch(file -> Access.permitsAny(actor, FileScope.of(file), first, others));
        if (!throughAFile) {
            Access.requireAny(actor, own, first, others);
        }
        return applicant;
    }

    public static ApplicationEntity application(EntityManager em, long applicationId) {
        ApplicationEntity application = em.find(ApplicationEntity.class, applicationId);
        if (application == null) {
            throw Refusals.unknownApplication(applicationId);
        }
        return application;
    }

    /**
     * The file with its row locked until the transaction ends: what is written while it is changed (its sections,
     * its commitment) and what is checked when it is submitted cannot interleave.
     */
    public static ApplicationEntity lockedApplication(EntityManager em, long applicationId) {
        ApplicationEntity application = em.find(ApplicationEntity.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw Refusals.unknownApplication(applicationId);
        }
        return application;
    }

    /**
     * The file the actor changes as its applicant ({@code act}: {@link Act#EDIT} or {@link Act#SIGN}), locked, only
     * while it is a draft or returned; {@code what} names the change in the refusal.
     */
    public static ApplicationEntity editable(EntityManager em, long applicationId, Actor actor, Act act, String what) {
        ApplicationEntity file = lockedApplication(em, applicationId);
        Access.require(actor, act, FileScope.of(file));
        if (!isEditable(file.getStatus())) {
            throw Refusals.notEditable(what);
        }
        return file;
    }

    private static final Set<ApplicationStatus> EDITABLE = Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);

    /** only a draft or a returned file changes; submitted ones keep what was submitted. */
    public static boolean isEditable(ApplicationStatus status) {
        return EDITABLE.contains(status);
    }

    public static ApplicationEntity application(EntityManager em, long applicationId, Actor actor, Act act) {
        ApplicationEntity application = application(em, applicationId);
        Access.require(actor, act, FileScope.of(application));
        return application;
    }
}
