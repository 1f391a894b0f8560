package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.CommitmentDto;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The personal commitment (个人承诺书, Annex 3) the applicant signs before submitting the file. */
@Component(service = CommitmentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/commitment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "file-content", description = "申报内容 / the file's sections and personal commitment (R-13, R-17)")
public class CommitmentResource {

    private final FileContentService contents;

    @Activate
    public CommitmentResource(@Reference FileContentService contents) {
        this.contents = contents;
    }

    /** The wording, and whether, by whom and when it was signed. */
    @GET
    public CommitmentDto commitment(@PathParam("id") long id, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return contents.commitment(id, actor).map(CommitmentDto::of)
                .orElseGet(() -> CommitmentDto.unsigned(id, contents.commitmentText()));
    }

    /** The applicant signs (no body); again after a return, if they want. */
    @POST
    public CommitmentDto sign(@PathParam("id") long id, @Context SecurityContext security) {
        return CommitmentDto.of(contents.signCommitment(id, Callers.actor(security)));
    }
}
