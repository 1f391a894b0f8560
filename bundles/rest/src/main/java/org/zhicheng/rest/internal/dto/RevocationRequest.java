package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/certificates/{number}/revocation}: the finding of falsified material. */
public record RevocationRequest(String reason) {
}
