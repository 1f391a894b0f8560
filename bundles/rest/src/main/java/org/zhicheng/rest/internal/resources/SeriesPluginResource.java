package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.PluginRefusalDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The series plugins core refused to load and why (the administrators' 系列插件 page, {@code zhicheng:series-list}):
 * a plugin's file and line tell its department what to fix. The loaded series are {@code GET /api/v1/series}.
 */
@Component(service = SeriesPluginResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/series-plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration", description = "管理 / audit log, series plugins (R-36)")
public class SeriesPluginResource {

    private final SeriesCatalog catalog;

    @Activate
    public SeriesPluginResource(@Reference SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("refusals")
    @Operation(summary = "被拒绝加载的系列插件及原因")
    public List<PluginRefusalDto> refusals(@Context SecurityContext security) {
        Callers.requireRole(security, "查看系列插件", Role.ADMIN, Role.INTEGRATION);
        return catalog.refusedPlugins().stream().map(PluginRefusalDto::of).toList();
    }
}
