package org.zhicheng.rest.internal.dto;

/** Body of {@code PUT /api/v1/accounts/{username}/password}: the new password an administrator sets. */
public record PasswordRequest(String password) {
}
