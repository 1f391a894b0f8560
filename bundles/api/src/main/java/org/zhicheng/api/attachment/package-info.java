/** The evidence of an applicant's file: typed attachments, scans of originals, masked for blind review (R-13, R-15..R-17). */
@org.osgi.annotation.versioning.Version("2.1.0")
package org.zhicheng.api.attachment;
