package org.zhicheng.rest.internal.resources;

import java.util.List;

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
import org.zhicheng.api.progress.ProgressService;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ChannelOptionDto;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The channels an applicant may use in a series this year, each with the reason when closed (R-04..R-07), core deciding. */
@Component(service = ChannelsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applicants/{id}/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applicants", description = "申报人 / applicants, their exam results (R-33)")
public class ChannelsResource {

    private final ProgressService progress;

    @Activate
    public ChannelsResource(@Reference ProgressService progress) {
        this.progress = progress;
    }

    @GET
    public List<ChannelOptionDto> channels(@PathParam("id") long applicantId, @QueryParam("seriesCode") String seriesCode,
                                           @Context SecurityContext security) {
        if (seriesCode == null || seriesCode.isBlank()) {
            throw Refusal.INVALID_INPUT.refuseOn("seriesCode", "须指明评审系列（seriesCode）", "seriesCode is required");
        }
        return progress.channels(applicantId, seriesCode.trim(), Callers.actor(security)).stream().map(ChannelOptionDto::of)
                .toList();
    }
}
