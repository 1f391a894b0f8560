package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.security.Role;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.metrics.Metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The platform's metrics as Prometheus text (issue 17), for administrators and integration accounts (a Prometheus
 * server scrapes with an integration account's HTTP Basic credentials): they show load and use, not for everyone.
 */
@Component(service = MetricsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/metrics")
@Tag(name = "administration", description = "管理 / audit log, series plugins (R-36)")
public class MetricsResource {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;

    @Activate
    public MetricsResource(@Reference Metrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Always Prometheus text; JSON is accepted too, so that a client asking for JSON (as every other route answers)
     * gets the text, and a refusal (401, 403) comes as the usual problem document instead of a 406.
     */
    @GET
    @Produces({PROMETHEUS_TEXT, MediaType.APPLICATION_JSON})
    @Operation(summary = "平台运行指标（Prometheus 文本格式；管理员、集成账号）")
    public Response scrape(@Context SecurityContext security) {
        Callers.requireRole(security, "查看运行指标", Role.ADMIN, Role.INTEGRATION);
        return Response.ok(metrics.scrape(), PROMETHEUS_TEXT).build();
    }
}
