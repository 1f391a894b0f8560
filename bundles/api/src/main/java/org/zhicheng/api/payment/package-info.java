/** Where the evaluation fee is paid: the payee, and what a QR code for one file's fee carries. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.zhicheng.api.payment;
