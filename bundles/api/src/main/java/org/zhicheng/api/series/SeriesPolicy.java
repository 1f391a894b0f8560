package org.zhicheng.api.series;

import java.util.Objects;

/**
 * What a series declares about who may apply and how.
 *
 * @param privateEnterpriseChannel channel C (民营企业专项评审) is open: engineering and agriculture only
 * @param highSkillBridge          holders of vocational qualifications may apply through the bridge (R-30..R-32)
 * @param universitySelfEvaluation staff of self-evaluating universities are evaluated there
 * @param continuingEducation      whose continuing-education rule applies
 */
public record SeriesPolicy(boolean privateEnterpriseChannel, boolean highSkillBridge, boolean universitySelfEvaluation,
                           ContinuingEducationRule continuingEducation) {

    public SeriesPolicy {
        Objects.requireNonNull(continuingEducation, "continuingEducation");
    }
}
