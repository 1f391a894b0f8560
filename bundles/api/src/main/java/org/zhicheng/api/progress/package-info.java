/** Where a file stands for its applicant: the step, who acts next, the next deadline and what is still missing. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.progress;
