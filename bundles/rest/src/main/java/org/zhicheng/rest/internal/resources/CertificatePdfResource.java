package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The electronic certificate as PDF with its verification QR code, for whoever may read the file. */
@Component(service = CertificatePdfResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/certificates/{number}/pdf")
@Produces({"application/pdf", MediaType.APPLICATION_JSON})
@Tag(name = Pdfs.TAG, description = Pdfs.TAG_DESCRIPTION)
public class CertificatePdfResource {

    private final DocumentService documents;

    @Activate
    public CertificatePdfResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "电子证书 PDF，含核验二维码（R-11、R-38）；lang=zh-ug 为汉维双语版（issue 19）")
    public Response certificate(@PathParam("number") String number,
                                @Parameter(description = Pdfs.LANG) @QueryParam("lang") String lang,
                                @Context SecurityContext security) {
        return Pdfs.download(documents.certificate(number, Pdfs.language(lang), Callers.actor(security)));
    }
}
