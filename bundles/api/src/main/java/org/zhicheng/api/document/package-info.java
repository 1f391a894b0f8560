/**
 * Documents as files to keep and hand out (issue 18): the electronic certificate with its verification QR code
 * the file's annexes, a committee's qualification document and result publicity list
 * and a meeting's minutes (issue 14), made as PDF in core.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.zhicheng.api.document;
