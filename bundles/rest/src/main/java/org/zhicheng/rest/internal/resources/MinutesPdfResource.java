package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
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
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.rest.internal.Extensions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A meeting's minutes as PDF (issue 14): for the committee office and the committee's members. */
@Component(service = MinutesPdfResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/meetings/{meetingId: [0-9]+}/minutes.pdf")
@Produces({"application/pdf", MediaType.APPLICATION_JSON})
@Tag(name = Pdfs.TAG, description = Pdfs.TAG_DESCRIPTION)
public class MinutesPdfResource {

    private final DocumentService documents;

    @Activate
    public MinutesPdfResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "会议纪要 PDF：出席、回避、票数、结果、主持人签发")
    public Response minutes(@PathParam("meetingId") long meetingId, @Context SecurityContext security) {
        return Pdfs.download(documents.minutes(meetingId, Callers.actor(security)));
    }
}
