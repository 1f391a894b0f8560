package org.zhicheng.core.internal;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.StatusChangeEntity;
import org.zhicheng.core.internal.workflow.Transitions;

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
        // no flush of its own: the audit head's query flushes (FlushMode AUTO) before it takes the head lock, so these
        // rows are still written before that lock; a flush here made EclipseLink compare everything once more per act
        audit.record(em, actor, action, subject(application.getId()),
                reason + " [" + (from == null ? "-" : from.name()) + " -> " + to.name() + "]");
    }

    /**
     * The one place a file's status changes: the act leads it where the workflow table says, and a move the table
     * lacks is refused ({@code NOT_IN_WORKFLOW}, changing nothing). Each act checks its own statuses first, with its
     * own refusal, so this guard never fires in normal use. Records why; the action code is APPLICATION_ and the
     * status reached. Answers that status.
     */
    public ApplicationStatus move(EntityManager em, ApplicationEntity application, WorkflowAct act, String actor,
                                  String reason) {
        ApplicationStatus from = application.getStatus();
        if (!Transitions.allows(act, from)) {
            throw Refusals.notInWorkflow(from, act);
        }
        ApplicationStatus to = Transitions.of(act).after(from);
        Instant now = Instant.now();
        application.moveTo(to, now);
        record(em, application, from, to, now, actor, reason, "APPLICATION_" + to.name());
        return to;
    }

    public static String subject(long applicationId) {
        return "application:" + applicationId;
    }
}
