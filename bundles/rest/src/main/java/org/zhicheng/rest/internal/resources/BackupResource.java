package org.zhicheng.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
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
import org.zhicheng.api.backup.BackupService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.BackupDto;
import org.zhicheng.rest.internal.dto.BackupRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Issue 17: an online backup while the platform runs, as the console's zhicheng:backup; core lets administrators. */
@Component(service = BackupResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "administration", description = "管理 / audit log, series plugins (R-36)")
public class BackupResource {

    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @POST
    @Operation(summary = "在线备份数据库、审计检查点与附件（含SHA-256清单；仅管理员；PostgreSQL请用pg_dump）",
            responses = {
                @ApiResponse(responseCode = "201", description = "the backup taken",
                        content = @Content(schema = @Schema(implementation = BackupDto.class))),
                @ApiResponse(responseCode = "400", description = "the directory is not under the backup root"),
                @ApiResponse(responseCode = "403", description = "not an administrator"),
                @ApiResponse(responseCode = "409", description = "the directory is not empty, or the database is not Derby")})
    public Response backup(BackupRequest body, @Context SecurityContext security) {
        String directory = body == null ? null : body.directory();
        return Response.status(Response.Status.CREATED)
                .entity(BackupDto.of(backups.backup(directory, Callers.actor(security)))).build();
    }
}
