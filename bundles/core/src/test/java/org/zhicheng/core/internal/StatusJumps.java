package org.zhicheng.core.internal;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * TEST ONLY: puts a file straight into a status, outside the workflow table that {@link FileHistory#move} enforces, for
 * fixtures that stand in for steps tested elsewhere (e.g. the committee's vote). Recorded through the same history
 * and audit log as a real move, so what reads them sees the same thing.
 */
public final class StatusJumps {

    private StatusJumps() {
    }

    public static void jump(EntityManager em, AuditLogImpl audit, ApplicationEntity file, ApplicationStatus to,
                            String actor, String reason) {
        ApplicationStatus from = file.getStatus();
        Instant now = Instant.now();
        file.moveTo(to, now);
        new FileHistory(audit).record(em, file, from, to, now, actor, reason, "APPLICATION_" + to.name());
    }
}
