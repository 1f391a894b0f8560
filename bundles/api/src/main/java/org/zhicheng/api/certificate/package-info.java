/**
 * Documents at the end of the evaluation: the electronic certificate with its public verification,
 * its revocation for falsified material, and the filings with the higher authority.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.zhicheng.api.certificate;
