package org.zhicheng.api.bridge;

import org.zhicheng.api.domain.TitleLevel;

/**
 * R-30..R-31: holders of 高级工 or higher with the last 3 years' appraisals passed may apply in the bridge
 * series regardless of education, papers, foreign language or computer tests, up to the level their
 * qualification and years of technical work open.
 */
public interface HighSkillBridge {

    BridgeCheck check(String seriesCode, VocationalQualification qualification, int yearsOfTechnicalWork,
                      boolean lastThreeAppraisalsPassed, TitleLevel level);
}
