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
import org.zhicheng.api.progress.ProgressService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.FileProgressDto;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where a file stands for its applicant (the step, who acts next, the next deadline, what is missing, R-08..R-14),
 * authorised like reading the file, core deciding.
 */
@Component(service = ProgressResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "申报 / applications through the review chain, evaluation and certificate")
public class ProgressResource {

    private final ProgressService progress;

    @Activate
    public ProgressResource(@Reference ProgressService progress) {
        this.progress = progress;
    }

    @GET
    public FileProgressDto progress(@PathParam("id") long id, @Context SecurityContext security) {
        return FileProgressDto.of(progress.progress(id, Callers.actor(security)));
    }
}
