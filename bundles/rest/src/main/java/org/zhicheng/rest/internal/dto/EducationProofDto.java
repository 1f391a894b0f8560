package org.zhicheng.rest.internal.dto;

import java.util.List;

/** The R-15 check of a file's scans: what education proof is still missing (empty when complete). */
public record EducationProofDto(long applicationId, boolean complete, List<String> missing) {

    public static EducationProofDto of(long applicationId, List<String> missing) {
        return new EducationProofDto(applicationId, missing.isEmpty(), List.copyOf(missing));
    }
}
