package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.util.Map;

/** Body of {@code POST /api/v1/applications/{id}/score-sheets}: points per item id of the file's standard. */
public record ScoreSheetRequest(Map<String, BigDecimal> points) {
}
