package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.backup.Backup;

/** A backup taken (issue 17): where, when, of what, and how much; the directory's MANIFEST.sha256 lists every file. */
public record BackupDto(String directory, String takenAt, String database, long auditEntries, int attachments, int files,
                        long bytes) {

    public static BackupDto of(Backup b) {
        return new BackupDto(b.directory(), b.takenAt().toString(), b.database(), b.auditEntries(), b.attachments(),
                b.files(), b.bytes());
    }
}
