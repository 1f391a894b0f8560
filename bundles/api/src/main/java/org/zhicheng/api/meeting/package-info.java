/**
 * The committee meeting as the national provisional regulations (MOHRSS order No. 40, 2019) set it: members with
 * terms, quorum, recusal, secret ballot, two-thirds majority, the senior pass rate after the ballot, signed and
 * audited minutes.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.zhicheng.api.meeting;
