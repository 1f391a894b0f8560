package org.zhicheng.core.internal;

import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * R-20 (issue 15): an objection during the publicity comes from a colleague, so neither the file's own applicant nor
 * the employer account that approved the file (and opened the publicity) may raise one. The act and the reviewers'
 * desk ask the same check, so the desk never offers what the act refuses.
 */
public final class Objectors {

    private Objectors() {
    }

    public static void requireColleague(EntityManager em, ApplicationEntity file, Actor actor) {
        if (actor.role() == Role.APPLICANT && actor.applicantId() != null
                && actor.applicantId() == file.getApplicant().getId()) {
            throw Refusals.objectionByOwnApplicant();
        }
        if (actor.role() == Role.EMPLOYER && Objects.equals(actor.username(), approver(em, file))) {
            throw Refusals.objectionByApprover();
        }
    }

    /** Who opened the file's current publicity: the actor of its latest move into IN_PUBLICITY (from another status). */
    private static String approver(EntityManager em, ApplicationEntity file) {
        List<String> actors = em.createQuery("SELECT c.actor FROM StatusChangeEntity c WHERE c.application.id = :id"
                        + " AND c.toStatus = :publicity AND (c.fromStatus IS NULL OR c.fromStatus <> :publicity)"
                        + " ORDER BY c.id DESC", String.class)
                .setParameter("id", file.getId()).setParameter("publicity", ApplicationStatus.IN_PUBLICITY)
                .setMaxResults(1).getResultList();
        return actors.isEmpty() ? null : actors.get(0);
    }
}
