package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.AuditEntryDto;
import org.zhicheng.rest.internal.dto.AuditVerificationDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.api.security.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log's integrity check: the whole chain of hashes recomputed; authenticated. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration", description = "管理 / audit log, series plugins (R-36)")
public class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Path("verification")
    @Operation(summary = "核验审计日志完整性（R-36）")
    public AuditVerificationDto verification(@QueryParam("sinceLast") String sinceLast, @Context SecurityContext security) {
        Actor reader = Callers.actor(security); // core decides who (issue 15)
        // issue 16: sinceLast=true checks only what is new since the last intact verification, O(new entries)
        return AuditVerificationDto.of(flag(sinceLast, "sinceLast") ? audit.verifySinceLast(reader) : audit.verify(reader));
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException(name + "须为 true 或 false / " + name + " must be true or false, not '" + value + "'");
    }

    /**
     * Issue 15: the signed checkpoints of the chain's head (data/audit-checkpoints.log), one per line, for safekeeping
     * outside the platform; administrators and integrations only, as the console's zhicheng:audit-checkpoints. Audited.
     */
    @GET
    @Path("checkpoints")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "导出审计日志签名检查点（R-36）")
    public Response checkpoints(@Context SecurityContext security) {
        return Response.ok(audit.checkpoints(Callers.actor(security)), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"audit-checkpoints.log\"").build();
    }

    /**
     * A page of the audit log, oldest first, filtered by actor, action, subject prefix (e.g. {@code application:42}) and
     * ISO-8601 instants; administrators and integrations only, as the audit page.
     */
    @GET
    @Operation(summary = "查询审计日志（R-36）")
    public List<AuditEntryDto> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                      @QueryParam("subject") String subject, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") int offset,
                                      @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
        Actor reader = Callers.actor(security);
        if (offset < 0 || limit < 1 || limit > AuditLog.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("分页参数无效：offset不能为负，limit须为1至" + AuditLog.MAX_PAGE_SIZE
                    + " / offset must not be negative and limit must be 1 to " + AuditLog.MAX_PAGE_SIZE);
        }
        return audit.search(blank(actor), blank(action), blank(subject), Inputs.instant(from, "from"),
                Inputs.instant(to, "to"), offset, limit, reader).stream().map(AuditEntryDto::of).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
