package org.zhicheng.rest.internal.dto;

/**
 * Body of {@code POST /api/v1/applications/{id}/defense-exemption}: a {@code DefenseExemption} name
 * ({@code VILLAGE_WORK_TEAM}, ...) or its official term (访惠聚驻村工作队, ...).
 */
public record DefenseExemptionRequest(String reason) {
}
