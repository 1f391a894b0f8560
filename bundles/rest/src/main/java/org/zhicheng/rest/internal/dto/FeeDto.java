package org.zhicheng.rest.internal.dto;

/** The evaluation fee a file owes, in yuan. */
public record FeeDto(long applicationId, int amountYuan) {
}
