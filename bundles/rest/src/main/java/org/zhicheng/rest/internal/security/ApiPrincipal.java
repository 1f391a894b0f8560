package org.zhicheng.rest.internal.security;

import java.security.Principal;
import java.util.Objects;

import org.zhicheng.api.security.Actor;

/** Who called: the platform account authenticated by HTTP Basic, as the actor passed to every service call. */
public record ApiPrincipal(Actor actor) implements Principal {

    public ApiPrincipal {
        Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String getName() {
        return actor.username();
    }
}
