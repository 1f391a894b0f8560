/** The high-skill talent bridge (两类人才贯通) between vocational qualifications and professional titles (R-30..R-32). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.bridge;
