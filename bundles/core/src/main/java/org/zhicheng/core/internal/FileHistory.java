package org.zhicheng.core.internal;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.StatusChangeEntity;

/**
 * Every state change and review act of a file goes into its history and the tamper-evident audit log, in the
 * caller's transaction, so neither exists without the other.
 */
public final class FileHistory {

    private final AuditLogImpl audit;

    public FileHistory(AuditLogImpl audit) {
        this.audit = audit;
    }

    public void record(EntityManager em, ApplicationEntity application, ApplicationStatus from, ApplicationStatus to,
                       Instant at, String actor, String reason, String action) {
        em.persist(new StatusChangeEntity(application, from, to, at, actor, reason, audit.platformDate()));
        em.flush();
        audit.record(em, actor, action, subject(application.getId()),
                reason + " [" + (from == null ? "-" : from.name()) + " -> " + to.name() + "]");
    }

    /** Moves the file and records why; the action code is APPLICATION_ and the new status. */
    public void move(EntityManager em, ApplicationEntity application, ApplicationStatus to, String actor, String reason) {
        ApplicationStatus from = application.getStatus();
        Instant now = Instant.now();
        application.moveTo(to, now);
        record(em, application, from, to, now, actor, reason, "APPLICATION_" + to.name());
    }

    public static String subject(long applicationId) {
        return "application:" + applicationId;
    }
}
