package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.AuditVerificationDto;
import org.zhicheng.api.security.Role;

/** The audit log's integrity check: the whole chain of hashes recomputed; authenticated. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Path("verification")
    public AuditVerificationDto verification(@Context SecurityContext security) {
        Callers.requireRole(security, "核查审计日志", Role.ADMIN, Role.INTEGRATION);
        return AuditVerificationDto.of(audit.verify());
    }
}
