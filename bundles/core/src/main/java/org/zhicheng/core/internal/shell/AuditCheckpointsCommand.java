package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.audit.AuditLog;

/**
 * Prints the audit log's signed checkpoints (issue 15, R-36) for safekeeping outside the platform, e.g.
 * {@code zhicheng:audit-checkpoints | tee /media/backup/audit-checkpoints-2023-08-01.log}; the export is audited.
 */
@Command(scope = "zhicheng", name = "audit-checkpoints",
        description = "Prints the signed checkpoints of the audit log's head, for safekeeping outside the platform (R-36)")
@Service
public class AuditCheckpointsCommand implements Action {

    @Reference
    AuditLog audit;

    @Override
    public Object execute() {
        System.out.print(audit.checkpoints(ShellActor.current()));
        return null;
    }
}
