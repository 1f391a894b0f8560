package org.zhicheng.api.backup;

import java.time.Instant;

/**
 * A backup taken.
 *
 * @param directory    the absolute path of the backup directory on the node that took it
 * @param takenAt      when it began
 * @param database     the database product backed up (Apache Derby)
 * @param auditEntries the audit log's entries at the backup (the restored log has at least these)
 * @param attachments  attachment files copied
 * @param files        files listed in the manifest (database, checkpoints, attachments)
 * @param bytes        their size together
 */
public record Backup(String directory, Instant takenAt, String database, long auditEntries, int attachments, int files,
                     long bytes) {
}
