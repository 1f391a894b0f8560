package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.backup.Backup;
import org.zhicheng.api.backup.BackupService;

/** Issue 17: an online backup while the platform runs (restore with bin/zhicheng-restore, the platform stopped). */
@Command(scope = "zhicheng", name = "backup",
        description = "Backs up the Derby database, the audit checkpoints and the attachments, with a SHA-256 manifest")
@Service
public class BackupCommand implements Action {

    @Reference
    BackupService backups;

    @Argument(index = 0, name = "directory", description = "a new or empty directory under the backup root "
            + "(pid org.zhicheng.backup, key root); a name from the time if left out")
    String directory;

    @Override
    public Object execute() {
        Backup backup = backups.backup(directory, ShellActor.current());
        System.out.println("backup " + backup.directory() + " taken at " + backup.takenAt() + ": " + backup.files()
                + " files, " + backup.bytes() + " bytes, " + backup.auditEntries() + " audit entries, "
                + backup.attachments() + " attachments");
        return null;
    }
}
