package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/applications/{id}/returns}: a reviewer sends the file back with a reason. */
public record ReturnRequest(Long expectedVersion, String reason) {
}
