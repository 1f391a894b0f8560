package org.zhicheng.rest.internal.security;

import java.security.Principal;
import java.util.Set;

/**
 * Who called: the user name authenticated against the JAAS realm (the {@code actor} passed to the services) and the
 * realm's roles, for the role checks that come with the workflow.
 */
public record ApiPrincipal(String name, Set<String> roles) implements Principal {

    public ApiPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }
}
