package org.zhicheng.core.internal.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.service.Refusal;
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
            conflicts.add(Refusal.EXPERT_NOT_IN_SERIES.refuse(expert.name(), expert.id(), file.getSeriesCode()));
        }
        if (!expert.employer().isEmpty() && expert.employer().equals(file.getApplicant().getEmployer())) {
            conflicts.add(Refusal.CONFLICT_SAME_EMPLOYER.refuse(expert.name(), expert.id()));
        }
        if (expert.relatedApplicants().contains(file.getApplicant().getId())) {
            conflicts.add(Refusal.CONFLICT_DECLARED_RELATION.refuse(expert.name(), expert.id()));
        }
        return conflicts;
    }
}
