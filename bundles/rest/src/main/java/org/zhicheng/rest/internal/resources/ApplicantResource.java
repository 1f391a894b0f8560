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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ApplicantDto;
import org.zhicheng.rest.internal.dto.ExamResultDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.NewApplicantRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Applicants (申报人): registration and reading back; authenticated. */
@Component(service = ApplicantResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applicants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applicants", description = "申报人 / applicants, their exam results (R-33)")
public class ApplicantResource {

    private final ApplicantService applicants;

    @Activate
    public ApplicantResource(@Reference ApplicantService applicants) {
        this.applicants = applicants;
    }

    /** 201 with the applicant and its Location; the ID number is checked (GB 11643) before anything is stored. */
    @POST
    public Response register(NewApplicantRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Actor actor = Callers.actor(security);
        NewApplicant applicant = Inputs.applicant(body);
        Applicant registered = applicants.register(applicant, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(registered.id())).build())
                .entity(ApplicantDto.of(registered)).build();
    }

    @GET
    @Path("{id}")
    public ApplicantDto find(@PathParam("id") long id, @Context SecurityContext security) {
        return applicants.find(id, Callers.actor(security)).map(ApplicantDto::of).orElseThrow(() -> NotFound.applicant(id));
    }

    /** National exam results on record, for whoever may read the applicant or one of their files. */
    @GET
    @Path("{id}/exam-results")
    @Operation(summary = "查看考试成绩（R-33）")
    public List<ExamResultDto> examResults(@PathParam("id") long id, @Context SecurityContext security) {
        return applicants.examResults(id, Callers.actor(security)).stream().map(ExamResultDto::of).toList();
    }

    /** Records a national exam result: the applicant, or a reviewer of one of their files; 201. */
    @POST
    @Path("{id}/exam-results")
    @Operation(summary = "登记全国考试成绩（R-33）")
    public Response recordExamResult(@PathParam("id") long id, ExamResultDto body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        ExamResult recorded = applicants.recordExamResult(Inputs.body(body).toResult(id), actor);
        return Response.status(Response.Status.CREATED).entity(ExamResultDto.of(recorded)).build();
    }
}
