package org.zhicheng.rest.internal.resources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
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
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.workflow.WorkflowService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ApplicationDto;
import org.zhicheng.rest.internal.dto.CertificateDto;
import org.zhicheng.rest.internal.dto.DefenseDto;
import org.zhicheng.rest.internal.dto.DefenseExemptionRequest;
import org.zhicheng.rest.internal.dto.DefenseScoreRequest;
import org.zhicheng.rest.internal.dto.EmployerApprovalRequest;
import org.zhicheng.rest.internal.dto.EntrustmentLetterDto;
import org.zhicheng.rest.internal.dto.EntrustmentLetterRequest;
import org.zhicheng.rest.internal.dto.FalsificationRequest;
import org.zhicheng.rest.internal.dto.FeePaymentDto;
import org.zhicheng.rest.internal.dto.ExpectedVersionRequest;
import org.zhicheng.rest.internal.dto.ExpertAssignmentRequest;
import org.zhicheng.rest.internal.dto.ExpertDto;
import org.zhicheng.rest.internal.dto.FeeDto;
import org.zhicheng.rest.internal.dto.FeePaymentRequest;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.NewApplicationRequest;
import org.zhicheng.rest.internal.dto.ObjectionRequest;
import org.zhicheng.rest.internal.dto.ObjectionResolutionRequest;
import org.zhicheng.rest.internal.dto.PublicityDto;
import org.zhicheng.rest.internal.dto.ReturnRequest;
import org.zhicheng.rest.internal.dto.ScoreSheetDto;
import org.zhicheng.rest.internal.dto.ScoreSheetRequest;
import org.zhicheng.rest.internal.dto.StatusChangeDto;
import org.zhicheng.rest.internal.dto.SubmitRequest;
import org.zhicheng.rest.internal.dto.TransitionDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applications (申报) through their whole lifecycle: open a draft, submit it, the review chain (return, employer
 * approval and publicity with its objections, recommendation, material acceptance, fee), the evaluation (experts,
 * score sheets, defense) and the certificate; read it and its history. Authenticated; the caller is the actor
 * recorded in the history and the audit log, and the scorer of a score sheet.
 */
@Component(service = ApplicationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "申报 / applications through the review chain, evaluation and certificate")
public class ApplicationResource {

    private static final String VERSION_REQUIRED =
            "缺少版本号 / expectedVersion is required (the version of the application you saw)";

    private final ApplicationService applications;
    private final EvaluationService evaluation;
    private final ScoringService scoring;
    private final CertificateService certificates;
    private final WorkflowService workflow;

    @Activate
    public ApplicationResource(@Reference ApplicationService applications, @Reference EvaluationService evaluation,
                               @Reference ScoringService scoring, @Reference CertificateService certificates,
                               @Reference WorkflowService workflow) {
        this.workflow = workflow;
        this.applications = applications;
        this.evaluation = evaluation;
        this.scoring = scoring;
        this.certificates = certificates;
    }

    /**
     * The files the caller covers (an employer its staff's, a county bureau its county's, a department its series',
     * an applicant their own), newest change first, filtered by year, series, status and unit; one page in the body,
     * the number of all matching files in {@code X-Total-Count}.
     */
    @GET
    public Response search(@QueryParam("year") Integer year, @QueryParam("seriesCode") String seriesCode,
                           @QueryParam("status") String status, @QueryParam("employer") String employer,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        ApplicationFilter filter = new ApplicationFilter(year, seriesCode,
                status == null || status.isBlank() ? null : Inputs.status(status), employer);
        List<ApplicationDto> page = applications.search(filter, offset, limit, actor).stream().map(ApplicationDto::of).toList();
        return Response.ok(page).header(Pages.TOTAL_COUNT, applications.count(filter, actor)).build();
    }

    /** 201 with the draft and its Location (R-01, R-03, R-06, R-07, R-08 are checked by the service). */
    @POST
    public Response createDraft(NewApplicationRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Actor actor = Callers.actor(security);
        NewApplicationRequest request = Inputs.body(body);
        NewApplication application = Inputs.construct(() -> new NewApplication(
                Inputs.required(request.applicantId(), "申报人不能为空 / applicantId is required"),
                Inputs.required(request.evaluationYear(), "评审年度不能为空 / evaluationYear is required"),
                request.seriesCode(), request.specialty(), Inputs.level(request.level()), Inputs.channel(request.channel())));
        Application draft = applications.createDraft(application, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(draft.id())).build())
                .entity(ApplicationDto.of(draft)).build();
    }

    /** Submits for review; {@code expectedVersion} is the version the caller saw (else 409 STALE_VERSION). */
    @POST
    @Path("{id}/submit")
    public ApplicationDto submit(@PathParam("id") long id, SubmitRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        long expectedVersion = Inputs.required(Inputs.body(body).expectedVersion(), VERSION_REQUIRED);
        return ApplicationDto.of(applications.submit(id, expectedVersion, actor));
    }

    /** the applicant withdraws their file before its material is received; it still counts for the year. */
    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "申报人撤回申报（R-07）：材料接收前可撤回，撤回后仍计为本年度的申报，不可恢复",
            description = "Only the applicant (or an integration) withdraws; after the material is received 409 NOT_WITHDRAWABLE.")
    public ApplicationDto withdraw(@PathParam("id") long id, ExpectedVersionRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return ApplicationDto.of(applications.withdraw(id, expectedVersion(body), actor));
    }

    /** The next steps the caller may take on the file now, from the workflow table; read as the file is. */
    @GET
    @Path("{id}/acts")
    @Operation(summary = "当前可办理的下一步（来自流程表，按调用者角色筛选）",
            description = "The workflow acts the caller may do to the file in its current status, with zh/en labels and the "
                    + "status each leads to; an act may still be refused for what only the act checks (a window, a field).")
    public List<TransitionDto> allowedActs(@PathParam("id") long id, @Context SecurityContext security) {
        return workflow.allowedActs(id, Callers.actor(security)).stream().map(TransitionDto::of).toList();
    }

    // ---- the review chain

    /** A reviewer sends the submitted file back for correction with a reason. */
    @POST
    @Path("{id}/returns")
    public ApplicationDto returnForRevision(@PathParam("id") long id, ReturnRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        ReturnRequest request = Inputs.body(body);
        long expectedVersion = Inputs.required(request.expectedVersion(), VERSION_REQUIRED);
        String reason = Inputs.required(request.reason(), "请填写退回原因 / reason is required");
        return ApplicationDto.of(applications.returnForRevision(id, expectedVersion, actor, reason));
    }

    /** The employer approves with an explicit opinion; the publicity inside the unit starts. */
    @POST
    @Path("{id}/employer-approval")
    public ApplicationDto approveByEmployer(@PathParam("id") long id, EmployerApprovalRequest body,
                                            @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        EmployerApprovalRequest request = Inputs.body(body);
        long expectedVersion = Inputs.required(request.expectedVersion(), VERSION_REQUIRED);
        String opinion = Inputs.required(request.opinion(), "请填写单位意见 / opinion is required");
        return ApplicationDto.of(applications.approveByEmployer(id, expectedVersion, actor, opinion));
    }

    /** An objection during the publicity; answers the publicity with its open objections. */
    @POST
    @Path("{id}/objections")
    public PublicityDto recordObjection(@PathParam("id") long id, ObjectionRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        String objection = Inputs.required(Inputs.body(body).objection(), "请填写异议内容 / objection is required");
        return PublicityDto.of(applications.recordObjection(id, actor, objection));
    }

    /** Upheld, the file is returned with the reason; dismissed, the publicity goes on. */
    @POST
    @Path("{id}/objection-resolution")
    public ApplicationDto resolveObjections(@PathParam("id") long id, ObjectionResolutionRequest body,
                                            @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        ObjectionResolutionRequest request = Inputs.body(body);
        long expectedVersion = Inputs.required(request.expectedVersion(), VERSION_REQUIRED);
        boolean upheld = Inputs.required(request.upheld(), "请选择异议是否成立 / upheld is required");
        String reason = Inputs.required(request.reason(), "请填写处理意见 / reason is required");
        return ApplicationDto.of(applications.resolveObjections(id, expectedVersion, actor, upheld, reason));
    }

    @GET
    @Path("{id}/publicity")
    public PublicityDto publicity(@PathParam("id") long id, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return applications.publicity(id, actor).map(PublicityDto::of).orElseThrow(() -> NotFound.publicity(id));
    }

    /** After the publicity, without open objections. */
    @POST
    @Path("{id}/recommendation")
    public ApplicationDto recommend(@PathParam("id") long id, ExpectedVersionRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return ApplicationDto.of(applications.recommend(id, expectedVersion(body), actor));
    }

    /** The county bureau or series department accepts the material. */
    @POST
    @Path("{id}/material-acceptance")
    public ApplicationDto acceptMaterial(@PathParam("id") long id, ExpectedVersionRequest body,
                                         @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return ApplicationDto.of(applications.acceptMaterial(id, expectedVersion(body), actor));
    }

    /** The fee the file owes. */
    @GET
    @Path("{id}/fee")
    public FeeDto fee(@PathParam("id") long id, @Context SecurityContext security) {
        return new FeeDto(id, applications.feeFor(id, Callers.actor(security)));
    }

    /** Records the fee paid; the caller is recorded as who recorded it. */
    @POST
    @Path("{id}/fee-payment")
    public ApplicationDto recordFeePayment(@PathParam("id") long id, FeePaymentRequest body,
                                           @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        FeePaymentRequest request = Inputs.body(body);
        long expectedVersion = Inputs.required(request.expectedVersion(), VERSION_REQUIRED);
        FeePayment payment = Inputs.construct(() -> new FeePayment(id,
                Inputs.required(request.amountYuan(), "请填写缴费金额 / amountYuan is required"),
                Inputs.feeMethod(request.method()), request.reference(),
                Inputs.required(request.paidOn(), "请填写缴费日期 / paidOn is required"), actor.username()));
        return ApplicationDto.of(applications.recordFeePayment(id, expectedVersion, payment, actor));
    }

    /** The fee payment recorded for the file; 404 before one is recorded. */
    @GET
    @Path("{id}/fee-payment")
    @Operation(summary = "登记的缴费记录（R-29）")
    public FeePaymentDto feePayment(@PathParam("id") long id, @Context SecurityContext security) {
        return applications.feePayment(id, Callers.actor(security)).map(FeePaymentDto::of)
                .orElseThrow(() -> NotFound.feePayment(id));
    }

    /**
     * Records a channel B file's entrustment letter (委托评审函) from the issuing HR bureau: the county bureau or
     * series department, before it accepts the material.
     */
    @POST
    @Path("{id}/entrustment-letter")
    @Operation(summary = "登记B类申报的委托评审函（R-05）；无函不能接收材料")
    public ApplicationDto recordEntrustmentLetter(@PathParam("id") long id, EntrustmentLetterRequest body,
                                                  @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        EntrustmentLetterRequest request = Inputs.body(body);
        long expectedVersion = Inputs.required(request.expectedVersion(), VERSION_REQUIRED);
        String issuedBy = Inputs.required(request.issuedBy(), "请填写出具委托评审函的人社部门 / issuedBy is required");
        String number = Inputs.required(request.letterNumber(), "请填写委托评审函文号 / letterNumber is required");
        return ApplicationDto.of(applications.recordEntrustmentLetter(id, expectedVersion, actor, issuedBy, number));
    }

    /** 404 while no letter is recorded. */
    @GET
    @Path("{id}/entrustment-letter")
    @Operation(summary = "查看委托评审函（R-05）")
    public EntrustmentLetterDto entrustmentLetter(@PathParam("id") long id, @Context SecurityContext security) {
        return applications.entrustmentLetter(id, Callers.actor(security)).map(EntrustmentLetterDto::of)
                .orElseThrow(() -> NotFound.entrustmentLetter(id));
    }

    /** Refuses the file for falsified material with the finding: final, and no application for 3 years. */
    @POST
    @Path("{id}/falsification-refusal")
    @Operation(summary = "认定材料造假，不予受理（R-37）")
    public ApplicationDto refuseForFalsification(@PathParam("id") long id, FalsificationRequest body,
                                                 @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        FalsificationRequest request = Inputs.body(body);
        long expectedVersion = Inputs.required(request.expectedVersion(), VERSION_REQUIRED);
        String finding = Inputs.required(request.finding(), "请写明材料造假的认定事实 / finding is required");
        return ApplicationDto.of(applications.refuseForFalsification(id, expectedVersion, actor, finding));
    }

    // ---- the evaluation

    /** A paid file goes to the committee. */
    @POST
    @Path("{id}/evaluation")
    public ApplicationDto startEvaluation(@PathParam("id") long id, ExpectedVersionRequest body,
                                          @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return ApplicationDto.of(evaluation.startEvaluation(id, expectedVersion(body), actor));
    }

    /** Assigns experts (conflicts of interest refused); answers every expert now assigned to the file. */
    @POST
    @Path("{id}/experts")
    public List<ExpertDto> assignExperts(@PathParam("id") long id, ExpertAssignmentRequest body,
                                         @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        List<String> expertIds = Inputs.required(Inputs.body(body).expertIds(), "请选择评审专家 / expertIds is required");
        evaluation.assignExperts(id, expertIds, actor);
        return evaluation.assignedExperts(id, actor).stream().map(ExpertDto::of).toList();
    }

    @GET
    @Path("{id}/experts")
    public List<ExpertDto> assignedExperts(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluation.assignedExperts(id, Callers.actor(security)).stream().map(ExpertDto::of).toList();
    }

    /** The authenticated caller's score sheet: the caller is the scorer and must be an expert assigned to the file. */
    @POST
    @Path("{id}/score-sheets")
    public Response submitScoreSheet(@PathParam("id") long id, ScoreSheetRequest body, @Context SecurityContext security) {
        Actor scorer = Callers.actor(security);
        Map<String, BigDecimal> points = Inputs.required(Inputs.body(body).points(),
                "请填写各项得分 / points is required");
        ScoreSheet sheet = scoring.submitScoreSheet(id, scorer, points);
        return Response.status(Response.Status.CREATED).entity(ScoreSheetDto.of(sheet)).build();
    }

    @GET
    @Path("{id}/score-sheets")
    public List<ScoreSheetDto> scoreSheets(@PathParam("id") long id, @Context SecurityContext security) {
        // experts may not read the file itself, only its sheets once they scored
        return scoring.scoreSheets(id, Callers.actor(security)).stream().map(ScoreSheetDto::of).toList();
    }

    /** The defense panel's score, 0 to 100. */
    @POST
    @Path("{id}/defense")
    public DefenseDto recordDefenseScore(@PathParam("id") long id, DefenseScoreRequest body,
                                         @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        evaluation.recordDefenseScore(id, Inputs.required(Inputs.body(body).score(), "请填写答辩成绩 / score is required"), actor);
        return defense(id, security);
    }

    /** Exempts a senior file from the defense; its score is the mean of the year's in its specialty. */
    @POST
    @Path("{id}/defense-exemption")
    public DefenseDto exemptFromDefense(@PathParam("id") long id, DefenseExemptionRequest body,
                                        @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        evaluation.exemptFromDefense(id, Inputs.defenseExemption(Inputs.body(body).reason()), actor);
        return defense(id, security);
    }

    @GET
    @Path("{id}/defense")
    public DefenseDto defense(@PathParam("id") long id, @Context SecurityContext security) {
        requireApplication(id, security);
        return new DefenseDto(id, evaluation.defenseScore(id, Callers.actor(security)).orElse(null));
    }

    // ---- the certificate

    /** Issues the certificate of a passed file, in or after the year's certificates month. */
    @POST
    @Path("{id}/certificate")
    public Response issueCertificate(@PathParam("id") long id, @Context SecurityContext security, @Context UriInfo uri) {
        Actor actor = Callers.actor(security);
        Certificate certificate = certificates.issue(id, actor);
        return Response.created(uri.getAbsolutePath()).entity(CertificateDto.of(certificate)).build();
    }

    @GET
    @Path("{id}/certificate")
    public CertificateDto certificate(@PathParam("id") long id, @Context SecurityContext security) {
        return certificates.forApplication(id, Callers.actor(security)).map(CertificateDto::of).orElseThrow(() -> NotFound.certificate(id));
    }

    @GET
    @Path("{id}")
    public ApplicationDto find(@PathParam("id") long id, @Context SecurityContext security) {
        return applications.find(id, Callers.actor(security)).map(ApplicationDto::of).orElseThrow(() -> NotFound.application(id));
    }

    /** Every status change, oldest first. */
    @GET
    @Path("{id}/history")
    public List<StatusChangeDto> history(@PathParam("id") long id, @Context SecurityContext security) {
        return applications.history(id, Callers.actor(security)).stream().map(StatusChangeDto::of).toList();
    }

    /** 404 for an unknown file, 403 for another's, before an answer that would be empty either way. */
    private void requireApplication(long id, SecurityContext security) {
        if (applications.find(id, Callers.actor(security)).isEmpty()) {
            throw NotFound.application(id);
        }
    }

    private static long expectedVersion(ExpectedVersionRequest body) {
        return Inputs.required(Inputs.body(body).expectedVersion(), VERSION_REQUIRED);
    }
}
