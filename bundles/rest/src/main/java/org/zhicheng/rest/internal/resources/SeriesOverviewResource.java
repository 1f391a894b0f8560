package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.overview.SeriesOverviewService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.SeriesOverviewDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The department's overview of its series (the web UI's 本系列概况): files by status and tier, pass rates per level.
 * Core decides who reads it: the series' department, a committee office covering it, administrators, integration.
 */
@Component(service = SeriesOverviewResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/series-overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "series departments", description = "行业主管部门 / a series department's figures of its series (R-19, R-34)")
public class SeriesOverviewResource {

    private final SeriesOverviewService overviews;

    @Activate
    public SeriesOverviewResource(@Reference SeriesOverviewService overviews) {
        this.overviews = overviews;
    }

    @GET
    @Path("{code}")
    @Operation(summary = "本系列概况：按状态和单位层级统计的申报数及各级别通过率（R-19、R-34）",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the series' figures for the year",
                            content = @Content(schema = @Schema(implementation = SeriesOverviewDto.class))),
                    @ApiResponse(responseCode = "400", description = "INVALID_INPUT: no year, or one outside 2000..2100"),
                    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller does not cover the series"),
                    @ApiResponse(responseCode = "404", description = "UNKNOWN_SERIES")})
    public SeriesOverviewDto overview(@PathParam("code") String code,
                                      @Parameter(description = "评审年度 / evaluation year", required = true)
                                      @QueryParam("year") Integer year, @Context SecurityContext security) {
        int evaluationYear = Inputs.required(year, "请填写评审年度 / year is required");
        return SeriesOverviewDto.of(overviews.overview(code, evaluationYear, Callers.actor(security)));
    }
}
