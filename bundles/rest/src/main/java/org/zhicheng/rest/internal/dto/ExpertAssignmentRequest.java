package org.zhicheng.rest.internal.dto;

import java.util.List;

/** Body of {@code POST /api/v1/applications/{id}/experts}: the experts to assign (conflicts of interest refused). */
public record ExpertAssignmentRequest(List<String> expertIds) {
}
