/** A series department's figures about its series: files by status and tier, pass rates. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.overview;
