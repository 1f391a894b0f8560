package org.zhicheng.series.economics.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.EligibilityRule;

/**
 * the senior economist (高级经济师, 副高) is exam plus evaluation: no application without a valid
 * national senior-economics exam result. The results come with core's request (issue 15): the rule acts as nobody.
 */
@Component(property = EligibilityRule.SERIES_PROPERTY + "=economics")
public class SeniorEconomistExamRule implements EligibilityRule {

    @Override
    public Optional<Veto> check(Request request) {
        if (request.level() != TitleLevel.SENIOR_ASSOCIATE) {
            return Optional.empty();
        }
        boolean valid = request.examResults().stream()
                .anyMatch(result -> ExamValidity.validIn(result, request.evaluationYear()));
        return valid ? Optional.empty() : Optional.of(new Veto("SENIOR_ECONOMICS_EXAM_REQUIRED",
                "申报高级经济师须有有效的全国高级经济专业技术资格考试成绩：达到国家合格标准的成绩5年内有效，未达到的仅当年有效",
                "a senior economist application needs a valid national senior-economics exam result: at the national"
                        + " standard valid 5 years, below it only the year taken"));
    }
}
