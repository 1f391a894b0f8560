package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.SeniorityDto;
import io.swagger.v3.oas.annotations.tags.Tag;

/** a file's computed seniority, for its readers and the experts assigned to it (no identity in it, R-17). */
@Component(service = SeniorityResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/seniority")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "申报 / applications through the review chain, evaluation and certificate")
public class SeniorityResource {

    private final CareerService careers;

    @Activate
    public SeniorityResource(@Reference CareerService careers) {
        this.careers = careers;
    }

    @GET
    public SeniorityDto seniority(@PathParam("id") long id, @Context SecurityContext security) {
        return SeniorityDto.of(careers.seniority(id, Callers.actor(security)));
    }
}
