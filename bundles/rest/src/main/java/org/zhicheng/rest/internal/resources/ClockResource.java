package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.ClockDto;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Today as the rules see it (public): the date windows and deadlines are checked against (R-08..R-14), which a
 * training or demonstration installation may set (pid org.zhicheng.clock) apart from the system date.
 */
@Component(service = ClockResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/clock")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "public", description = "公开信息 / public: series, standards, calendars, results (R-35, R-39)")
public class ClockResource {

    private final CampaignService campaigns;

    @Activate
    public ClockResource(@Reference CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    public ClockDto today() {
        return ClockDto.of(campaigns.platformDate());
    }
}
