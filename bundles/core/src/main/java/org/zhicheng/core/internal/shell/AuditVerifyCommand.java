package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.audit.AuditVerification;

/** Checks the audit log's hash chain; fails, so that scripts notice, when it is broken. */
@Command(scope = "zhicheng", name = "audit-verify",
        description = "Checks every entry of the audit log against its hash and the entry before it (R-36)")
@Service
public class AuditVerifyCommand implements Action {

    @Reference
    AuditLog audit;

    @Option(name = "--since-last", description = "only what is new since the last verification that found the log intact "
            + "(issue 16)")
    boolean sinceLast;

    @Override
    public Object execute() {
        AuditVerification verification = sinceLast ? audit.verifySinceLast(ShellActor.current())
                : audit.verify(ShellActor.current());
        if (verification.intact()) {
            System.out.println("audit log intact: " + verification.entriesChecked() + " entries");
            return null;
        }
        System.out.println("AUDIT LOG BROKEN at entry " + verification.firstBrokenSequence() + ": " + verification.problem());
        throw new IllegalStateException("audit log verification failed (R-36)");
    }
}
