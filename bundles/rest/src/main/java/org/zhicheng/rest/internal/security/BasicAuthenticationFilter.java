package org.zhicheng.rest.internal.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.zhicheng.api.security.LoginLockedException;
import org.zhicheng.rest.internal.problem.Problem;
import org.zhicheng.rest.internal.problem.Problems;

/**
 * HTTP Basic against the platform's accounts: a request without valid credentials ends with a 401 problem and a
 * {@code WWW-Authenticate} challenge; otherwise the caller becomes the request's {@link SecurityContext}.
 */
final class BasicAuthenticationFilter implements ContainerRequestFilter {

    private static final int TOO_MANY_REQUESTS = 429;

    private final AccountAuthenticator authenticator;

    /** The servlet request of the call (a proxy of the current one, injected by the JAX-RS runtime). */
    @Context
    private HttpServletRequest servletRequest;

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
            caller = authenticator.authenticate(credentials.get().user(), credentials.get().password(), clientAddress());
        } catch (LoginLockedException locked) {
            // issue 15: too many failures; 429 says when to retry, whatever the password
            request.abortWith(Problem.of(TOO_MANY_REQUESTS, locked.code(), locked.chineseMessage(), locked.getMessage()).response()
                    .header(HttpHeaders.RETRY_AFTER, locked.retryAfterSeconds(Instant.now())).build());
            return;
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

    /** The client's address as the server sees it, for throttling per address; null when not known. */
    private String clientAddress() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }
}
