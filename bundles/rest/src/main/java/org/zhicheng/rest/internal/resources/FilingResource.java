package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.rest.internal.dto.FilingDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The year's filings with the region (备案, R-28): pre-filing by its deadline, pre-meeting filing 3-5 days before a
 * meeting, post-filing within 5 days of the qualification document; refused outside their windows. The committee
 * office of the series files; the administrator reads.
 */
@Component(service = FilingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/filings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "certificates", description = "证书与备案 / certificates, revocation and filings (R-11, R-28, R-37, R-38)")
public class FilingResource {

    private final CertificateService certificates;

    @Activate
    public FilingResource(@Reference CertificateService certificates) {
        this.certificates = certificates;
    }

    /** The year's filings the caller covers. */
    @GET
    @Operation(summary = "查看年度备案（R-28）")
    public List<FilingDto> filings(@QueryParam("year") Integer year, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        int evaluationYear = Inputs.required(year, "请填写评审年度 / year is required");
        return certificates.filings(evaluationYear, actor).stream().map(FilingDto::of).toList();
    }

    /** 201 with the filing; the day is the platform's and the caller is who filed. */
    @POST
    @Operation(summary = "办理备案：预备案、会前备案、事后备案（R-28）")
    public Response file(FilingDto body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        FilingDto request = Inputs.body(body);
        FilingRecord.Kind kind = Inputs.filingKind(request.kind());
        int year = Inputs.required(request.evaluationYear(), "请填写评审年度 / evaluationYear is required");
        FilingRecord filed = certificates.file(kind, year, request.seriesCode(), request.meetingDate(), actor, request.note());
        return Response.status(Response.Status.CREATED).entity(FilingDto.of(filed)).build();
    }
}
