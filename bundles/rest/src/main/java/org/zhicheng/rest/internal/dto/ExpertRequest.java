package org.zhicheng.rest.internal.dto;

import java.util.List;

/**
 * Body of {@code POST /api/v1/experts}: an expert of the committee pool, registered or updated under its
 * {@code id} (lower-case letters, digits, '.', '_', '-'; the user name the expert logs in with to score).
 */
public record ExpertRequest(String id, String name, String employer, List<String> seriesCodes,
                            List<Long> relatedApplicants) {
}
