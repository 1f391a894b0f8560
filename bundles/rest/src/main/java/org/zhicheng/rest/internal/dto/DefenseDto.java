package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;

/**
 * A senior file's defense score: the panel's, or for an exempt file the mean of the year's scores in its
 * specialty, null while there is none.
 */
public record DefenseDto(long applicationId, BigDecimal defenseScore) {
}
