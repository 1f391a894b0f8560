package org.zhicheng.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.evaluation.DefenseScheduling;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.DefenseAppointmentDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A senior file's defense booking: booked, moved and cancelled by the committee office of its series, read by
 * whoever may see the file, the applicant included. Authenticated; the caller is the actor in the audit log.
 */
@Component(service = DefenseAppointmentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/defense-appointment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "评审 / experts, defense, committee (R-22, R-23, R-34)")
public class DefenseAppointmentResource {

    private final DefenseScheduling scheduling;

    @Activate
    public DefenseAppointmentResource(@Reference DefenseScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @GET
    public DefenseAppointmentDto appointment(@PathParam("id") long id, @Context SecurityContext security) {
        return scheduling.appointment(id, Callers.actor(security)).map(DefenseAppointmentDto::of)
                .orElseThrow(() -> NotFound.defenseAppointment(id));
    }

    /** Books or moves the hearing; refused for a taken place (409), a past day or a file that does not defend. */
    @PUT
    public DefenseAppointmentDto book(@PathParam("id") long id, DefenseAppointmentDto body, @Context SecurityContext security) {
        return DefenseAppointmentDto.of(scheduling.book(id, Inputs.body(body).toAppointment(), Callers.actor(security)));
    }

    @DELETE
    public Response cancel(@PathParam("id") long id, @Context SecurityContext security) {
        scheduling.cancel(id, Callers.actor(security));
        return Response.noContent().build();
    }
}
