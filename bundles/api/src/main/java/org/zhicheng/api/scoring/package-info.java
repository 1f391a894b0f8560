/** Quantified scoring standards (量化赋分) of the series, R-21, R-26, R-27. */
@org.osgi.annotation.versioning.Version("2.2.0")
package org.zhicheng.api.scoring;
