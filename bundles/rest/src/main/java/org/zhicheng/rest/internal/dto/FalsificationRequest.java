package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/applications/{id}/falsification-refusal}: the finding of falsified material. */
public record FalsificationRequest(Long expectedVersion, String finding) {
}
