package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.PublishedResultDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The published results of a series and year (评审结果公示, R-10, R-35): who passed, with unit, specialty and level,
 * committee by committee. Public, as the notice publishes them.
 */
@Component(service = PublishedResultResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/published-results")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "public", description = "公开信息 / public: series, standards, calendars, results (R-35, R-39)")
public class PublishedResultResource {

    private final EvaluationService evaluation;
    private final SeriesCatalog catalog;

    @Activate
    public PublishedResultResource(@Reference EvaluationService evaluation, @Reference SeriesCatalog catalog) {
        this.evaluation = evaluation;
        this.catalog = catalog;
    }

    /** {@code ?seriesCode=engineering&year=2023}; 404 UNKNOWN_SERIES for a series not in the catalog. */
    @GET
    @Operation(summary = "评审结果公示（R-10, R-35）")
    public List<PublishedResultDto> results(@QueryParam("seriesCode") String seriesCode, @QueryParam("year") Integer year) {
        String code = Inputs.required(seriesCode, "请选择职称系列 / seriesCode is required").trim();
        int evaluationYear = Inputs.required(year, "请填写评审年度 / year is required");
        Series series = catalog.find(code).orElseThrow(() -> NotFound.series(code));
        // the committees' own results (GET /api/v1/committees/{id}/{year}/results), all of the series' in Annex 5 order
        return series.committees().stream().flatMap(c -> evaluation.committeeResults(c.id(), evaluationYear).stream())
                .map(PublishedResultDto::of).toList();
    }
}
