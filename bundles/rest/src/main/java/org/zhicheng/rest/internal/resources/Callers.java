package org.zhicheng.rest.internal.resources;

import java.security.Principal;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;

import org.zhicheng.rest.internal.problem.Problems;

/** The authenticated caller of a resource method: the {@code actor} the services record. */
final class Callers {

    private Callers() {
    }

    static String actor(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            // only if a resource were published without the authentication extension; never act anonymously
            throw new NotAuthorizedException(Problems.CHALLENGE);
        }
        return principal.getName();
    }
}
