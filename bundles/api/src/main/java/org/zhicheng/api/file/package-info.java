/**
 * The content of an applicant's file, section by section: core's common sections and the series' own
 * ones declared in its plugin's descriptor, and the signed personal commitment (Annex 3, R-37, R-38).
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.zhicheng.api.file;
