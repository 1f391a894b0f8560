package org.zhicheng.rest.internal.resources;

import java.util.List;

import org.zhicheng.api.document.Annex;
import org.zhicheng.api.service.Refusal;
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

/** A file's annexes as PDF: Annex 1 publicity notice, 2 recommendation, 3 commitment, 4 education exemption. */
@Component(service = ApplicationDocumentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Pdfs.TAG, description = Pdfs.TAG_DESCRIPTION)
public class ApplicationDocumentResource {

    private final DocumentService documents;

    @Activate
    public ApplicationDocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    /** One annex the file has come far enough for: its name in the route and its number in the notice. */
    public record AnnexDto(String annex, int number, String href) {
    }

    @GET
    @Operation(summary = "该申报已可生成的附件（annex1 至 annex4）")
    public List<AnnexDto> available(@PathParam("id") long id, @Context SecurityContext security) {
        return documents.availableAnnexes(id, Callers.actor(security)).stream()
                .map(a -> new AnnexDto(a.slug(), a.number(), "/api/v1/applications/" + id + "/documents/" + a.slug())).toList();
    }

    @GET
    @Path("{annex}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "附件 PDF：annex1 单位公示通知（R-20）、annex2 单位推荐意见、annex3 个人承诺书（R-13）、annex4 继续教育免修表（R-18）；annex3 可加 lang=zh-ug 为汉维双语版（issue 19）")
    public Response annex(@PathParam("id") long id, @PathParam("annex") String annex,
                          @Parameter(description = Pdfs.LANG) @QueryParam("lang") String lang,
                          @Context SecurityContext security) {
        Annex which = Annex.ofSlug(annex).orElseThrow(() -> Refusal.INVALID_INPUT.refuseOn("annex",
                "附件须为 annex1、annex2、annex3 或 annex4：" + annex));
        return Pdfs.download(documents.annex(id, which, Pdfs.language(lang), Callers.actor(security)));
    }
}
