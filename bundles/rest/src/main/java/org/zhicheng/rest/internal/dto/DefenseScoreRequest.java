package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;

/** Body of {@code POST /api/v1/applications/{id}/defense}: the defense panel's score, 0 to 100. */
public record DefenseScoreRequest(BigDecimal score) {
}
