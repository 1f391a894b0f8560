package org.zhicheng.rest.internal.resources;

import java.util.Arrays;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.rest.internal.problem.Problems;
import org.zhicheng.rest.internal.security.ApiPrincipal;

/** The authenticated caller of a resource method: the {@code actor} the services record. */
final class Callers {

    private Callers() {
    }

    static Actor actor(SecurityContext security) {
        if (security == null || !(security.getUserPrincipal() instanceof ApiPrincipal principal)) {
            // only if a resource were published without the authentication extension; never act anonymously
            throw new NotAuthorizedException(Problems.CHALLENGE);
        }
        return principal.actor();
    }

    /** For what only some roles may do and no file scopes: the audit log is the administrators'. */
    static Actor requireRole(SecurityContext security, String what, Role... roles) {
        Actor actor = actor(security);
        if (!Arrays.asList(roles).contains(actor.role())) {
            throw Refusal.FORBIDDEN.variant("route").refuse(actor.role().officialTerm(), what, actor.role().name());
        }
        return actor;
    }
}
