/** The committee's evaluation: experts, blind files, defense schedule and scores, the vote and its pass rate. */
@org.osgi.annotation.versioning.Version("3.0.0")
package org.zhicheng.api.evaluation;
