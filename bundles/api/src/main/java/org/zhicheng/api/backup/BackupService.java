package org.zhicheng.api.backup;

import org.zhicheng.api.security.Actor;

/** Takes an online backup while the platform runs; administrators only. */
public interface BackupService {

    /** The manifest's file name in a backup directory, in {@code sha256sum} format ({@code sha256sum -c} checks it). */
    String MANIFEST = "MANIFEST.sha256";

    /**
     * Backs up the database (Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}), the audit checkpoints and the
     * attachments into {@code directory}, then writes the manifest of every file's SHA-256.
     *
     * @param directory a name or path under the configured backup root (pid {@code org.zhicheng.backup}, key
     *                  {@code root}); it must not exist or be empty; null or blank for a name from the time
     * @param actor     who asks: an administrator (or the console's)
     */
    Backup backup(String directory, Actor actor);
}
