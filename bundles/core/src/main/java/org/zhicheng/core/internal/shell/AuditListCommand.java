package org.zhicheng.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.security.Actor;

@Command(scope = "zhicheng", name = "audit-list",
        description = "Lists audit log entries (R-36): the history of one subject, oldest first, or the newest entries")
@Service
public class AuditListCommand implements Action {

    @Reference
    AuditLog audit;

    @Option(name = "--subject", description = "only this subject, e.g. application:42 (its last entries, oldest first)")
    String subject;

    @Option(name = "--actor", description = "only entries by this actor")
    String actor;

    @Option(name = "--action", description = "only entries with this action code, e.g. APPLICATION_SUBMITTED")
    String action;

    @Option(name = "--offset", description = "newest entries to skip (without --subject)")
    int offset;

    @Option(name = "--limit", description = "at most this many entries, 1 to 1000")
    int limit = 50;

    @Override
    public Object execute() {
        Actor me = ShellActor.current();
        List<AuditEntry> entries;
        if (subject != null && !subject.isBlank()) {
            entries = audit.entries(subject, me).stream()
                    .filter(e -> actor == null || e.actor().equals(actor.strip()))
                    .filter(e -> action == null || e.action().equals(action.strip()))
                    .toList();
            entries = entries.subList(Math.max(0, entries.size() - Math.max(1, Math.min(limit, AuditLog.MAX_PAGE_SIZE))),
                    entries.size());
        } else {
            System.out.println("total " + audit.count(me));
            entries = audit.search(actor, action, null, null, null, offset, limit, me);
        }
        for (AuditEntry e : entries) {
            // the real instant, then the platform date the act counted on (- for entries recorded before it was kept)
            System.out.printf("%d %s %s %s %s %s %s%n", e.sequence(), e.at(), e.platformDate() == null ? "-" : e.platformDate(),
                    e.actor(), e.action(), e.subject(), oneLine(e.detail()));
        }
        return null;
    }

    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
