package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/admin/backups}: the directory under the backup root, new or empty; no body or a blank
 * directory for a name from the time.
 */
public record BackupRequest(String directory) {
}
