package org.zhicheng.rest.internal.resources;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.AnonymisedFileDto;
import org.zhicheng.rest.internal.dto.ExpertDto;
import org.zhicheng.rest.internal.dto.ExpertRequest;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.api.security.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The committee's expert pool and what an expert sees of the files assigned to them, anonymised;
 * authenticated.
 */
@Component(service = ExpertResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "评审 / experts, defense, committee (R-22, R-23, R-34)")
public class ExpertResource {

    private final EvaluationService evaluation;

    @Activate
    public ExpertResource(@Reference EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    /** Registers an expert, or updates the one with that id; 201 with its Location. */
    @POST
    public Response register(ExpertRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Actor actor = Callers.actor(security);
        ExpertRequest request = Inputs.body(body);
        Expert expert = Inputs.construct(() -> new Expert(request.id(),
                Inputs.required(request.name(), "专家姓名不能为空 / name is required"), request.employer(),
                Set.copyOf(Inputs.required(request.seriesCodes(), "请选择评审系列 / seriesCodes is required")),
                request.relatedApplicants() == null ? Set.of() : Set.copyOf(request.relatedApplicants())));
        Expert registered = evaluation.registerExpert(expert, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(registered.id()).build())
                .entity(ExpertDto.of(registered)).build();
    }

    @GET
    @Path("{id}")
    public ExpertDto find(@PathParam("id") String id, @Context SecurityContext security) {
        // core decides who may see the real name and employer (committee office, admins, the expert); 403 otherwise
        return evaluation.expert(id, Callers.actor(security)).map(ExpertDto::of).orElseThrow(() -> NotFound.expert(id));
    }

    /** The files assigned to the expert, anonymised: a blind code, never the applicant's name, ID number or employer. */
    @GET
    @Path("{id}/files")
    public List<AnonymisedFileDto> files(@PathParam("id") String id, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        if (evaluation.expert(id, actor).isEmpty()) {
            throw NotFound.expert(id);
        }
        return evaluation.filesFor(id, actor).stream().map(AnonymisedFileDto::of).toList();
    }
}
