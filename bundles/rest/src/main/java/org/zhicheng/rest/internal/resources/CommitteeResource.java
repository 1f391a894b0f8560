package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.PublishedResultDto;
import org.zhicheng.rest.internal.dto.DefenseScheduleEntryDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A committee (one Annex 5 row, {@code GET /api/v1/series/{code}/committees} lists them): its meeting for a year and
 * grade, where every file under evaluation is decided by the vote, senior grades within the pass rate, and
 * its published results (R-10, R-35, public). The defense schedule is the series' (the office books the rooms).
 * Authenticated unless marked public; the caller is the actor.
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

    /** Who passed at the committee's meetings of the year, published to all (R-10, R-35 四公开). */
    @GET
    @Path("{committeeId}/{year}/results")
    @PublicAccess
    public List<PublishedResultDto> results(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return evaluation.committeeResults(committeeId, year).stream().map(PublishedResultDto::of).toList();
    }
}
