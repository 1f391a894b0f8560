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
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.EducationCheckDto;
import org.zhicheng.rest.internal.dto.EducationProofDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The checks the file's screens show, as core decides them: continuing education year by year (R-18, R-24, R-25,
 * Annex 4 exemptions counted) and the education proof among the scans. Read-only; whoever may read the file.
 */
@Component(service = FileChecksResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "file-content", description = "申报内容 / the file's sections and personal commitment (R-13, R-17)")
public class FileChecksResource {

    private final ContinuingEducationService education;
    private final AttachmentService attachments;

    @Activate
    public FileChecksResource(@Reference ContinuingEducationService education, @Reference AttachmentService attachments) {
        this.education = education;
        this.attachments = attachments;
    }

    @GET
    @Path("continuing-education")
    @Operation(summary = "继续教育核验（R-18, R-24, R-25）")
    public EducationCheckDto continuingEducation(@PathParam("id") long id, @Context SecurityContext security) {
        return EducationCheckDto.of(id, education.check(id, Callers.actor(security)));
    }

    @GET
    @Path("education-proof")
    @Operation(summary = "学历证明核验（R-15）")
    public EducationProofDto educationProof(@PathParam("id") long id, @Context SecurityContext security) {
        return EducationProofDto.of(id, attachments.missingEducationProof(id, Callers.actor(security)));
    }
}
