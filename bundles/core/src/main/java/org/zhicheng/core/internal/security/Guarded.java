package org.zhicheng.core.internal.security;

import javax.persistence.EntityManager;

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

    public static ApplicationEntity application(EntityManager em, long applicationId, Actor actor, Act act) {
        ApplicationEntity application = application(em, applicationId);
        Access.require(actor, act, FileScope.of(application));
        return application;
    }
}
