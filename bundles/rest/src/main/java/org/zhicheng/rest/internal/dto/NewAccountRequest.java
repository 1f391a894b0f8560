package org.zhicheng.rest.internal.dto;

import java.util.Set;

/**
 * Body of {@code POST /api/v1/accounts} (administrators): {@code role} is a {@link org.zhicheng.api.security.Role}
 * name; the scope fields the role needs (applicantId, employer, county, seriesCodes or expertId) must be given.
 */
public record NewAccountRequest(String username, String displayName, String role, String password, Long applicantId,
                                String employer, String county, Set<String> seriesCodes, String expertId) {
}
