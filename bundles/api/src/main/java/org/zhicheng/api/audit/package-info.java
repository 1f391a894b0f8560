/**
 * The audit log (R-36, 谁审查，谁负责): every state change and review act is recorded with who, when, what
 * and why, in a hash chain that shows any later alteration.
 */
@org.osgi.annotation.versioning.Version("3.0.0")
package org.zhicheng.api.audit;
