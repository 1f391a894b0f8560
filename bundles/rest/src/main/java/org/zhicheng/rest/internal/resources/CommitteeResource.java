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
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.evaluation.DefenseScheduling;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.CommitteeDecisionRequest;
import org.zhicheng.rest.internal.dto.CommitteeResultDto;
import org.zhicheng.rest.internal.dto.DefenseScheduleEntryDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The committee meeting of a series, year and grade: every file under evaluation is decided by the vote, senior
 * grades within the pass rate; authenticated, the caller is the actor.
 */
@Component(service = CommitteeResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "评审 / experts, defense, committee (R-22, R-23, R-34)")
public class CommitteeResource {

    private final EvaluationService evaluation;
    private final DefenseScheduling scheduling;

    @Activate
    public CommitteeResource(@Reference EvaluationService evaluation, @Reference DefenseScheduling scheduling) {
        this.evaluation = evaluation;
        this.scheduling = scheduling;
    }

    /** The year's senior files of the series with their hearings, booked ones by time first. */
    @GET
    @Path("{seriesCode}/{year}/defense-schedule")
    public List<DefenseScheduleEntryDto> defenseSchedule(@PathParam("seriesCode") String seriesCode, @PathParam("year") int year,
                                                         @Context SecurityContext security) {
        return scheduling.schedule(seriesCode, year, Callers.actor(security)).stream().map(DefenseScheduleEntryDto::of).toList();
    }

    /** {@code grade}: {@code SENIOR}, {@code INTERMEDIATE}, {@code JUNIOR} or 高, 中, 初. */
    @POST
    @Path("{seriesCode}/{year}/{grade}/decision")
    public CommitteeResultDto decide(@PathParam("seriesCode") String seriesCode, @PathParam("year") int year,
                                     @PathParam("grade") String grade, CommitteeDecisionRequest body,
                                     @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        CommitteeDecisionRequest request = Inputs.body(body);
        Grade parsed = Inputs.grade(grade);
        return CommitteeResultDto.of(evaluation.decide(seriesCode, year, parsed, request.seniorPassRate(),
                Inputs.required(request.votes(), "缺少表决结果 / votes is required"), actor));
    }
}
