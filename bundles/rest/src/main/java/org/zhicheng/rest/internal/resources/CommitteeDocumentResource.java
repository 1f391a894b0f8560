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

/** A committee's qualification document and result publicity list as PDF, for its office. */
@Component(service = CommitteeDocumentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/committees/{committeeId}/{year: [0-9]+}/documents")
@Produces({"application/pdf", MediaType.APPLICATION_JSON})
@Tag(name = Pdfs.TAG, description = Pdfs.TAG_DESCRIPTION)
public class CommitteeDocumentResource {

    private final DocumentService documents;

    @Activate
    public CommitteeDocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("qualification.pdf")
    @Operation(summary = "评审委员会的资格文件（评审结果通知，R-11）")
    public Response qualification(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
                                  @Context SecurityContext security) {
        return Pdfs.download(documents.qualificationDocument(committeeId, year, Callers.actor(security)));
    }

    @GET
    @Path("result-publicity.pdf")
    @Operation(summary = "评审委员会的评审结果公示名单（R-10、R-35）")
    public Response publicity(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
                              @Context SecurityContext security) {
        return Pdfs.download(documents.resultPublicity(committeeId, year, Callers.actor(security)));
    }
}
