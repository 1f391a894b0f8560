package org.zhicheng.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.AttachmentDto;
import org.zhicheng.rest.internal.dto.BlindAttachmentDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The scans of a file: uploaded as the raw bytes of one PDF, JPEG or PNG, the type and the
 * masking flag and the file name in the query. Authenticated; the caller is recorded as the uploader.
 */
@Component(service = AttachmentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attachments", description = "附件材料 / scans, masked scans for blind review (R-13, R-15, R-17)")
public class AttachmentResource {

    /** Reading stops here; the service refuses anything larger than its configured limit anyway. */
    private static final int READ_LIMIT = 64 * 1024 * 1024;

    private final AttachmentService attachments;

    @Activate
    public AttachmentResource(@Reference AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, @QueryParam("type") String type, @QueryParam("masked") boolean masked,
                           @QueryParam("fileName") String fileName, InputStream body, @Context SecurityContext security)
            throws IOException {
        AttachmentType attachmentType;
        try {
            attachmentType = AttachmentType.valueOf(type == null ? "" : type.trim());
        } catch (IllegalArgumentException e) {
            throw Refusal.INVALID_INPUT.refuse("请选择附件类型", "type must be one of the AttachmentType names");
        }
        byte[] content = body.readNBytes(READ_LIMIT + 1);
        if (content.length > READ_LIMIT) {
            throw Refusal.ATTACHMENT_TOO_LARGE.variant("request").refuse();
        }
        AttachmentDto stored = AttachmentDto.of(attachments.upload(id, attachmentType, fileName, content, masked,
                Callers.actor(security)));
        return Response.created(URI.create("v1/applications/" + id + "/attachments/" + stored.id())).entity(stored).build();
    }

    @GET
    public List<AttachmentDto> list(@PathParam("id") long id, @Context SecurityContext security) {
        return attachments.attachments(id, Callers.actor(security)).stream().map(AttachmentDto::of).toList();
    }

    /**
     * The scans the applicant marked masked, as a blind expert sees them: type and number, never the file
     * name; an assigned expert or whoever may read the file.
     */
    @GET
    @Path("masked")
    @Operation(summary = "盲评专家可见的已遮挡附件（R-17）")
    public List<BlindAttachmentDto> masked(@PathParam("id") long id, @Context SecurityContext security) {
        return attachments.maskedAttachments(id, Callers.actor(security)).stream().map(BlindAttachmentDto::of).toList();
    }

    /** The scan's bytes, typed by their content; an expert gets only masked scans of files assigned to them. */
    @GET
    @Path("{attachmentId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "附件内容（专家仅限已遮挡且已指派的，R-17）")
    public Response content(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                            @Context SecurityContext security) {
        byte[] content = attachments.content(attachmentId, Callers.actor(security));
        return Response.ok(content, ScanTypes.of(content)).header("Content-Disposition", "inline").build();
    }

    /** Removes a scan from a draft or returned file: the applicant's own work. */
    @DELETE
    @Path("{attachmentId}")
    @Operation(summary = "删除草稿或退回申报的附件")
    public Response remove(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                           @Context SecurityContext security) {
        attachments.remove(attachmentId, Callers.actor(security));
        return Response.noContent().build();
    }
}
