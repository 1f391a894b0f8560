/** Continuing education (继续教育): yearly hours, exemptions and the check of an application. */
@org.osgi.annotation.versioning.Version("2.1.0")
package org.zhicheng.api.education;
