package org.zhicheng.rest.internal.dto;

/** Body of {@code POST /api/v1/applications/{id}/objections}: an objection raised during the publicity. */
public record ObjectionRequest(String objection) {
}
