/**
 * The applicant's professional record (职业信息): the facts the rules need before a file is opened, and the
 * seniority computed from them (R-12, R-30..R-32).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.career;
