package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/applications/{id}/entrustment-letter}. */
public record EntrustmentLetterRequest(Long expectedVersion, String issuedBy, String letterNumber) {
}
