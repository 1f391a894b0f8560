package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ActorDto;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own account: who the credentials stand for, their role and what it covers. */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "账户与角色 / accounts and roles (administrators)")
public class MeResource {

    @GET
    public ActorDto me(@Context SecurityContext security) {
        return ActorDto.of(Callers.actor(security));
    }
}
