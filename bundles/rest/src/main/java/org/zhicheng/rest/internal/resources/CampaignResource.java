package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.zhicheng.api.campaign.CampaignAdministration;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.CampaignDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The evaluation years' calendars: public to read, as the notice publishes them (R-35; the UI's public notice page
 * shows the same); replaced by the prefecture administrator or the region's platform (core refuses anyone else).
 */
@Component(service = CampaignResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "公开信息 / public: series, standards, calendars, results (R-35, R-39)")
public class CampaignResource {

    private final CampaignService campaigns;
    private final CampaignAdministration administration;

    @Activate
    public CampaignResource(@Reference CampaignService campaigns, @Reference CampaignAdministration administration) {
        this.campaigns = campaigns;
        this.administration = administration;
    }

    /** Every configured year, oldest first. */
    @GET
    @PublicAccess
    public List<CampaignDto> all() {
        return campaigns.campaigns().stream().map(CampaignDto::of).toList();
    }

    @GET
    @Path("{year}")
    @PublicAccess
    public CampaignDto one(@PathParam("year") int year) {
        return campaigns.campaign(year).map(CampaignDto::of).orElseThrow(() -> NotFound.campaign(year));
    }

    /** Creates or replaces the year; answers it as the platform now runs it. */
    @PUT
    @Path("{year}")
    public CampaignDto save(@PathParam("year") int year, CampaignDto body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return CampaignDto.of(administration.save(Inputs.body(body).toCampaign(year), actor));
    }
}
