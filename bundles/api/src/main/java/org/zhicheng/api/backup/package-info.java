/**
 * Online backups of the platform (issue 17): the embedded database, the attachments and the audit checkpoints, with a
 * manifest of SHA-256 checksums; restored with the platform stopped (bin/zhicheng-restore, docs/operating.md).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.backup;
