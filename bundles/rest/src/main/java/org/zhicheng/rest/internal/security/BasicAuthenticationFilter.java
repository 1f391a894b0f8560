package org.zhicheng.rest.internal.security;

import java.util.Arrays;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.zhicheng.rest.internal.problem.Problems;

/**
 * HTTP Basic against the platform's accounts: a request without valid credentials ends with a 401 problem and a
 * {@code WWW-Authenticate} challenge; otherwise the caller becomes the request's {@link SecurityContext}.
 */
final class BasicAuthenticationFilter implements ContainerRequestFilter {

    private final AccountAuthenticator authenticator;

    BasicAuthenticationFilter(AccountAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            request.abortWith(Problems.unauthenticatedResponse("需要登录：请用HTTP Basic认证提供用户名和密码",
                    "authentication required: send a user name and password with HTTP Basic"));
            return;
        }
        Optional<ApiPrincipal> caller;
        try {
            caller = authenticator.authenticate(credentials.get().user(), credentials.get().password());
        } finally {
            Arrays.fill(credentials.get().password(), '\0');
        }
        if (caller.isEmpty()) {
            request.abortWith(Problems.unauthenticatedResponse("用户名或密码错误", "wrong user name or password"));
            return;
        }
        SecurityContext before = request.getSecurityContext();
        request.setSecurityContext(new ApiSecurityContext(caller.get(), before != null && before.isSecure()));
    }
}
