/**
 * Bulk office acts (issue 16): an office acts on a list of files in one transaction, all or nothing, each file checked
 * and audited as the single act does it.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.bulk;
