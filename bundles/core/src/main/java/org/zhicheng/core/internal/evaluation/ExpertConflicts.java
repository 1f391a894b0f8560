package org.zhicheng.core.internal.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * Why an expert may not evaluate a file (conflict of interest, R-17, R-36): outside the series' pool, from the applicant's
 * own employer, or a declared relation. The assignment refuses for the first; the office's picker shows them all.
 */
public final class ExpertConflicts {

    private ExpertConflicts() {
    }

    public static List<ZhichengException> of(ApplicationEntity file, Expert expert) {
        List<ZhichengException> conflicts = new ArrayList<>();
        if (!expert.seriesCodes().contains(file.getSeriesCode())) {
            conflicts.add(new ZhichengException("EXPERT_NOT_IN_SERIES", "专家" + expert.name() + "不属于该系列评审专家库",
                    "expert " + expert.id() + " does not evaluate series " + file.getSeriesCode()));
        }
        if (!expert.employer().isEmpty() && expert.employer().equals(file.getApplicant().getEmployer())) {
            conflicts.add(new ZhichengException("CONFLICT_SAME_EMPLOYER", "专家" + expert.name() + "与申报人同一单位，须回避",
                    "expert " + expert.id() + " works for the applicant's employer and must withdraw"));
        }
        if (expert.relatedApplicants().contains(file.getApplicant().getId())) {
            conflicts.add(new ZhichengException("CONFLICT_DECLARED_RELATION", "专家" + expert.name() + "已申报与申报人有利害关系，须回避",
                    "expert " + expert.id() + " declared a relation with the applicant and must withdraw"));
        }
        return conflicts;
    }
}
