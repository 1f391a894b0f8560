package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/applications/{id}/submit}: the {@code version} of the application the caller saw. */
public record SubmitRequest(Long expectedVersion) {
}
