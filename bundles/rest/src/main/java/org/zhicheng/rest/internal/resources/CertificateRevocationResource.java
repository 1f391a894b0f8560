package org.zhicheng.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.CertificateDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.RevocationRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Revokes a certificate granted on falsified material: the committee office of its series, with the finding;
 * the holder may not apply for 3 years. Authenticated, unlike the public verification beside it.
 */
@Component(service = CertificateRevocationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/certificates/{number}/revocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "certificates", description = "证书与备案 / certificates, revocation and filings (R-11, R-28, R-37, R-38)")
public class CertificateRevocationResource {

    private final CertificateService certificates;

    @Activate
    public CertificateRevocationResource(@Reference CertificateService certificates) {
        this.certificates = certificates;
    }

    /** Answers the revoked certificate; a second revocation is 409 ALREADY_REVOKED. */
    @POST
    @Operation(summary = "撤销以造假材料取得的证书（R-37）")
    public CertificateDto revoke(@PathParam("number") String number, RevocationRequest body,
                                 @Context SecurityContext security) {
        String reason = Inputs.required(Inputs.body(body).reason(), "请写明材料造假的认定事实 / reason is required");
        return CertificateDto.of(certificates.revoke(number, Callers.actor(security), reason));
    }
}
