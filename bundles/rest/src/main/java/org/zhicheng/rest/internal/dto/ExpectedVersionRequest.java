package org.zhicheng.rest.internal.dto;

/**
 * Body of the steps that need nothing but the {@code version} of the application the caller saw: recommendation,
 * material acceptance, start of the evaluation.
 */
public record ExpectedVersionRequest(Long expectedVersion) {
}
