package org.zhicheng.rest.internal.security;


import javax.ws.rs.Priorities;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;

/**
 * Authentication for every resource method except those marked {@link PublicAccess}: deny by default, so a new
 * resource is protected unless it says otherwise. Configuration pid {@code org.zhicheng.rest}.
 */
@Component(service = DynamicFeature.class, configurationPid = AuthenticationFeature.PID)
@Designate(ocd = AuthenticationFeature.Config.class)
@JaxrsExtension
@JaxrsName(Extensions.AUTHENTICATION)
public class AuthenticationFeature implements DynamicFeature {

    static final String PID = "org.zhicheng.rest";

    /** Throttling and the memory of verified credentials are core's (pid {@code org.zhicheng.login}), for UI and REST alike. */
    @ObjectClassDefinition(name = "Zhicheng REST API", description = "Authentication of the REST API under /api")
    public @interface Config {
    }

    private final BasicAuthenticationFilter filter;

    @Activate
    public AuthenticationFeature(Config config, @Reference AccountService accounts) {
        this.filter = new BasicAuthenticationFilter(new AccountAuthenticator(accounts));
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (!isPublic(resource)) {
            context.register(filter, Priorities.AUTHENTICATION);
        }
    }

    static boolean isPublic(ResourceInfo resource) {
        return (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(PublicAccess.class))
                || (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PublicAccess.class));
    }
}
