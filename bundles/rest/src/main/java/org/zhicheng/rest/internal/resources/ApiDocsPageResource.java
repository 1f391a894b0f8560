package org.zhicheng.rest.internal.resources;

import java.net.URI;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


/**
 * The browsable API page at {@code /api/docs/}: Swagger UI (from its webjar, packaged in this bundle, so that it
 * works offline) showing {@code /api/openapi.json}. Public and read only: only the files listed here are served.
 */
@Component(service = ApiDocsPageResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS, Extensions.SELECT_AUTHENTICATION})
@Path("docs")
@PublicAccess
@Tag(name = "api", description = "接口文档 / this document and its page")
public class ApiDocsPageResource {

    private static final String UI = "/META-INF/zhicheng/swagger-ui/";
    private static final String OWN = "/META-INF/zhicheng/docs/";

    /** File name → where it is in the bundle and its media type. */
    private static final Map<String, String[]> FILES = Map.of(
            "index.html", new String[] {OWN + "index.html", "text/html;charset=UTF-8"},
            "docs.js", new String[] {OWN + "docs.js", "application/javascript;charset=UTF-8"},
            "swagger-ui-bundle.js", new String[] {UI + "swagger-ui-bundle.js", "application/javascript;charset=UTF-8"},
            "swagger-ui-bundle.js.LICENSE.txt", new String[] {UI + "swagger-ui-bundle.js.LICENSE.txt", "text/plain;charset=UTF-8"},
            "swagger-ui.css", new String[] {UI + "swagger-ui.css", "text/css;charset=UTF-8"},
            "favicon-32x32.png", new String[] {UI + "favicon-32x32.png", "image/png"});

    /** {@code /api/docs} moves to {@code /api/docs/}, so that the page's relative links resolve. */
    @GET
    @Operation(summary = "可浏览的接口文档页面")
    public Response page(@Context UriInfo uri) {
        if (!uri.getAbsolutePath().getPath().endsWith("/")) {
            // relative to the application's base (/api/), as JAX-RS resolves a relative Location
            return Response.seeOther(URI.create("docs/")).build();
        }
        return file("index.html");
    }

    @GET
    @Path("{file}")
    @Operation(summary = "接口文档页面的静态文件")
    public Response file(@PathParam("file") String name) {
        String[] file = FILES.get(name);
        if (file == null) {
            throw new NotFoundException();
        }
        return Response.ok(BundledFiles.read(file[0]), file[1]).header("Cache-Control", "public, max-age=3600").build();
    }
}
