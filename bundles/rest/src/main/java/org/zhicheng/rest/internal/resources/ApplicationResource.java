package org.zhicheng.rest.internal.resources;

import java.util.List;

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
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ApplicationDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.NewApplicationRequest;
import org.zhicheng.rest.internal.dto.StatusChangeDto;
import org.zhicheng.rest.internal.dto.SubmitRequest;

/**
 * Applications (申报): open a draft, submit it, read it and its history; authenticated, the caller is the actor
 * recorded in the history.
 */
@Component(service = ApplicationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService applications;

    @Activate
    public ApplicationResource(@Reference ApplicationService applications) {
        this.applications = applications;
    }

    /** 201 with the draft and its Location (R-01, R-03, R-06, R-07, R-08 are checked by the service). */
    @POST
    public Response createDraft(NewApplicationRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        String actor = Callers.actor(security);
        NewApplicationRequest request = Inputs.body(body);
        NewApplication application = Inputs.construct(() -> new NewApplication(
                Inputs.required(request.applicantId(), "申报人不能为空 / applicantId is required"),
                Inputs.required(request.evaluationYear(), "评审年度不能为空 / evaluationYear is required"),
                request.seriesCode(), request.specialty(), Inputs.level(request.level()), Inputs.channel(request.channel())));
        Application draft = applications.createDraft(application, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(draft.id())).build())
                .entity(ApplicationDto.of(draft)).build();
    }

    /** Submits for review; {@code expectedVersion} is the version the caller saw (else 409 STALE_VERSION). */
    @POST
    @Path("{id}/submit")
    public ApplicationDto submit(@PathParam("id") long id, SubmitRequest body, @Context SecurityContext security) {
        String actor = Callers.actor(security);
        long expectedVersion = Inputs.required(Inputs.body(body).expectedVersion(),
                "缺少版本号 / expectedVersion is required (the version of the application you saw)");
        return ApplicationDto.of(applications.submit(id, expectedVersion, actor));
    }

    @GET
    @Path("{id}")
    public ApplicationDto find(@PathParam("id") long id) {
        return applications.find(id).map(ApplicationDto::of).orElseThrow(() -> NotFound.application(id));
    }

    /** Every status change, oldest first. */
    @GET
    @Path("{id}/history")
    public List<StatusChangeDto> history(@PathParam("id") long id) {
        if (applications.find(id).isEmpty()) {
            throw NotFound.application(id);
        }
        return applications.history(id).stream().map(StatusChangeDto::of).toList();
    }
}
