/** The committee's evaluation: experts, blind files, defense schedule and scores, the published results; the committee decides in its meeting (org.zhicheng.api.meeting, R-34). 4.0: the tick vote (holdMeeting, CommitteeResult) is gone. */
@org.osgi.annotation.versioning.Version("4.0.0")
package org.zhicheng.api.evaluation;
