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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.rest.internal.dto.EducationExemptionDto;
import org.zhicheng.rest.internal.dto.EducationRecordDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An applicant's continuing education: the hours on record year by year, recorded by the applicant
 * or a reviewer of one of their files, and the approved Annex 4 exemption forms, recorded by the county bureau or the
 * series department. Core decides who may; the caller is the actor in the audit log.
 */
@Component(service = ContinuingEducationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applicants/{applicantId}/continuing-education")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "continuing-education", description = "继续教育 / continuing education and Annex 4 exemptions (R-18, R-24, R-25)")
public class ContinuingEducationResource {

    private final ContinuingEducationService education;

    @Activate
    public ContinuingEducationResource(@Reference ContinuingEducationService education) {
        this.education = education;
    }

    @GET
    @Operation(summary = "查看继续教育学时（R-18, R-24）")
    public List<EducationRecordDto> records(@PathParam("applicantId") long applicantId, @Context SecurityContext security) {
        return education.records(applicantId, Callers.actor(security)).stream().map(EducationRecordDto::of).toList();
    }

    /** 201 with the record; uploaded certificates only for years before the platform's own records. */
    @POST
    @Operation(summary = "登记继续教育学时（R-18, R-24）")
    public Response record(@PathParam("applicantId") long applicantId, EducationRecordDto body,
                           @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        EducationRecordDto recorded = EducationRecordDto.of(education.record(Inputs.body(body).toRecord(applicantId), actor));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @Path("exemptions")
    @Operation(summary = "查看继续教育免修（附件4）")
    public List<EducationExemptionDto> exemptions(@PathParam("applicantId") long applicantId,
                                                  @Context SecurityContext security) {
        return education.exemptions(applicantId, Callers.actor(security)).stream().map(EducationExemptionDto::of).toList();
    }

    /** An approved Annex 4 form for a year; a second form for the same year is refused (409 ALREADY_EXEMPT). */
    @POST
    @Path("exemptions")
    @Operation(summary = "登记经审批的继续教育免修申请（附件4，R-18）")
    public Response recordExemption(@PathParam("applicantId") long applicantId, EducationExemptionDto body,
                                    @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        EducationExemptionDto request = Inputs.body(body);
        int year = Inputs.required(request.year(), "请填写免修年度 / year is required");
        education.recordExemption(applicantId, year, request.approvedBy(), request.reference(), actor);
        return Response.status(Response.Status.CREATED)
                .entity(new EducationExemptionDto(applicantId, year, request.approvedBy().trim(), request.reference().trim()))
                .build();
    }
}
