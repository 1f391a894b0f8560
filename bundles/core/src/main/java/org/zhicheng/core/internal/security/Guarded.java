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
        if (!EDITABLE.contains(file.getStatus())) {
            throw Refusals.notEditable(what);
        }
        return file;
    }

    private static final Set<ApplicationStatus> EDITABLE = Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);

    public static ApplicationEntity application(EntityManager em, long applicationId, Actor actor, Act act) {
        ApplicationEntity application = application(em, applicationId);
        Access.require(actor, act, FileScope.of(application));
        return application;
    }
}
