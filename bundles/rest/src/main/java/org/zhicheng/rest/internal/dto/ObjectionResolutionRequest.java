package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/applications/{id}/objection-resolution}: upheld, the file is returned with the
 * reason; dismissed, the publicity goes on.
 */
public record ObjectionResolutionRequest(Long expectedVersion, Boolean upheld, String reason) {
}
