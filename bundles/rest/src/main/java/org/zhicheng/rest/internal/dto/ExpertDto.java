package org.zhicheng.rest.internal.dto;

import java.util.List;

import org.zhicheng.api.evaluation.Expert;

/** An expert of the committee pool: the series they evaluate and the applicants they declared a relation with. */
public record ExpertDto(String id, String name, String employer, List<String> seriesCodes, List<Long> relatedApplicants) {

    public static ExpertDto of(Expert expert) {
        return new ExpertDto(expert.id(), expert.name(), expert.employer(), expert.seriesCodes().stream().sorted().toList(),
                expert.relatedApplicants().stream().sorted().toList());
    }
}
