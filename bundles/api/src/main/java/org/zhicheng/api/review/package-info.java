/**
 * The reviewers' desk: what waits for whom (days waiting, the deadline), which acts are possible on a file now and
 * why not, and the expert pool of a file with its conflict-of-interest flags; all decided in core.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.zhicheng.api.review;
