package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/applications/{id}/employer-approval}: the employer's explicit opinion. */
public record EmployerApprovalRequest(Long expectedVersion, String opinion) {
}
