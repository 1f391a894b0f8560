package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/applications}. {@code level}: a {@code TitleLevel} name or its official term (正高,
 * 副高, 中级, 助理, 员级); {@code channel}: a {@code Channel} name or its letter (A, B, C).
 */
public record NewApplicationRequest(Long applicantId, Integer evaluationYear, String seriesCode, String specialty,
                                    String level, String channel) {
}
