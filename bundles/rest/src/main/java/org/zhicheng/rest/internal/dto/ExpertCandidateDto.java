package org.zhicheng.rest.internal.dto;

import java.util.List;
import java.util.Map;

import org.zhicheng.api.review.ExpertCandidate;

/** An expert of the file's series pool: assigned already or not, and each conflict of interest (code, zh, en). */
public record ExpertCandidateDto(ExpertDto expert, boolean assigned, List<Map<String, String>> conflicts) {

    public static ExpertCandidateDto of(ExpertCandidate candidate) {
        return new ExpertCandidateDto(ExpertDto.of(candidate.expert()), candidate.assigned(), candidate.conflicts().stream()
                .map(c -> Map.of("code", c.code(), "zh", c.reasonZh(), "en", c.reasonEn())).toList());
    }
}
