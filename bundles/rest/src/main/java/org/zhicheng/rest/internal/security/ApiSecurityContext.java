package org.zhicheng.rest.internal.security;

import javax.ws.rs.core.SecurityContext;

/** What resources see through {@code @Context SecurityContext} once the caller is authenticated. */
record ApiSecurityContext(ApiPrincipal principal, boolean secure) implements SecurityContext {

    @Override
    public ApiPrincipal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.actor().role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.BASIC_AUTH;
    }
}
