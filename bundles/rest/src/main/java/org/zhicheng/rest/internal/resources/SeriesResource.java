package org.zhicheng.rest.internal.resources;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.CommitteeDto;
import org.zhicheng.rest.internal.dto.ScoringStandardDto;
import org.zhicheng.rest.internal.dto.SeriesDto;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The series catalog and their scoring standards, public: policy, criteria and contacts are published to all
 * (R-35 四公开, R-39). Suspended series (plugin removed) are listed as 暂停受理.
 */
@Component(service = SeriesResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/series")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "public", description = "公开信息 / public: series, standards, calendars, results (R-35, R-39)")
public class SeriesResource {

    private final SeriesCatalog catalog;
    private final ScoringStandards standards;

    @Activate
    public SeriesResource(@Reference SeriesCatalog catalog, @Reference ScoringStandards standards) {
        this.catalog = catalog;
        this.standards = standards;
    }

    /** Every series in the order of the committee table (Annex 5), suspended ones included. */
    @GET
    public List<SeriesDto> all() {
        return catalog.allSeries().stream().map(SeriesDto::of).toList();
    }

    @GET
    @Path("{code}")
    public SeriesDto one(@PathParam("code") String code) {
        return catalog.find(code).map(SeriesDto::of).orElseThrow(() -> NotFound.series(code));
    }

    /** The series' committees (Annex 5 rows) with the levels each evaluates, organising unit and phone. */
    @GET
    @Path("{code}/committees")
    public List<CommitteeDto> committees(@PathParam("code") String code) {
        return catalog.find(code).orElseThrow(() -> NotFound.series(code)).committees().stream().map(CommitteeDto::of).toList();
    }

    /** Every published version of every year, oldest first, with the category shares. */
    @GET
    @Path("{code}/scoring-standards")
    public List<ScoringStandardDto> scoringStandards(@PathParam("code") String code) {
        Series series = catalog.find(code).orElseThrow(() -> NotFound.series(code));
        return standards.forSeries(code).stream()
                .map(standard -> ScoringStandardDto.of(standard, name -> series.label(Locale.ENGLISH, name))).toList();
    }
}
