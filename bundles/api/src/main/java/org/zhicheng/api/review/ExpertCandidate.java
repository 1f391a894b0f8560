package org.zhicheng.api.review;

import java.util.List;

import org.zhicheng.api.evaluation.Expert;

/**
 * An expert of the file's series pool as the committee office picks: whether already assigned, and each conflict of
 * interest core would refuse the assignment for.
 */
public record ExpertCandidate(Expert expert, boolean assigned, List<Conflict> conflicts) {

    public ExpertCandidate {
        conflicts = List.copyOf(conflicts);
    }

    /** A conflict of interest, by the refusal's code and words. */
    public record Conflict(String code, String reasonZh, String reasonEn) {
    }
}
