package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


/**
 * The API describes itself: the OpenAPI 3 document generated at build time from these resources (swagger-core's
 * Maven plugin), packaged in this bundle. Public and read only; it describes routes, never their data.
 */
@Component(service = ApiDocumentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS, Extensions.SELECT_AUTHENTICATION})
@Path("openapi.json")
@PublicAccess
@Tag(name = "api", description = "接口文档 / this document and its page")
public class ApiDocumentResource {

    static final String DOCUMENT = "/META-INF/zhicheng/openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "本接口的 OpenAPI 3 文档")
    public Response document() {
        return Response.ok(BundledFiles.read(DOCUMENT)).build();
    }
}
