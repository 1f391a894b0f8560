package org.zhicheng.rest.internal.resources;

import java.time.Instant;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.health.Health;
import org.zhicheng.api.health.HealthService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.HealthDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The platform's health for load balancers and monitors (issue 17): public, 200 when every part is up, 503 otherwise,
 * also when core is not running at all (the reference is optional, so that this answers then too).
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "administration", description = "管理 / audit log, series plugins (R-36)")
public class HealthResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HealthService health;

    @GET
    @Operation(summary = "平台健康状况：数据库、系列插件、审计日志头、附件磁盘空间（无需登录）",
            responses = {
                @ApiResponse(responseCode = "200", description = "all parts up",
                        content = @Content(schema = @Schema(implementation = HealthDto.class))),
                @ApiResponse(responseCode = "503", description = "a part is down, or the platform is still starting (STARTING)",
                        content = @Content(schema = @Schema(implementation = HealthDto.class)))})
    public Response check() {
        HealthService service = health;
        HealthDto body;
        if (service == null) {
            body = HealthDto.coreDown(Instant.now());
        } else {
            Health checked = service.check();
            body = HealthDto.of(checked);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status("UP".equals(body.status()) ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body).cacheControl(noStore).build();
    }
}
