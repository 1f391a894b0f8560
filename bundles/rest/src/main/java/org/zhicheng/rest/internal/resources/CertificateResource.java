package org.zhicheng.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.CertificateVerificationDto;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public verification of an electronic certificate by its number and the holder's full name: anyone
 * (an employer, another prefecture) may check one; a mismatch reveals nothing about any certificate.
 */
@Component(service = CertificateResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "certificates", description = "证书与备案 / certificates, revocation and filings (R-11, R-28, R-37, R-38)")
public class CertificateResource {

    private final CertificateService certificates;

    @Activate
    public CertificateResource(@Reference CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("{number}/verification")
    public CertificateVerificationDto verify(@PathParam("number") String number, @QueryParam("name") String name) {
        if (name == null || name.isBlank()) {
            throw Refusal.INVALID_INPUT.refuse("请填写持证人姓名", "the holder's name is required");
        }
        return CertificateVerificationDto.of(certificates.verify(number, name));
    }
}
