package org.zhicheng.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.zhicheng.api.career.CareerService;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.CareerDto;
import org.zhicheng.rest.internal.dto.CareerInputs;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's professional record (职业信息, R-12, R-30..R-32): recorded by the applicant (or an integration),
 * read by whoever reviews the applicant or one of their files; core decides.
 */
@Component(service = CareerResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/applicants/{id}/career")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applicants", description = "申报人 / applicants, their exam results (R-33)")
public class CareerResource {

    private final CareerService careers;

    @Activate
    public CareerResource(@Reference CareerService careers) {
        this.careers = careers;
    }

    /** 404 UNKNOWN_CAREER_RECORD while the applicant has recorded none. */
    @GET
    public CareerDto find(@PathParam("id") long id, @Context SecurityContext security) {
        return careers.find(id, Callers.actor(security)).map(CareerDto::of).orElseThrow(() -> Refusal.UNKNOWN_CAREER_RECORD.refuse(id));
    }

    /** Records or replaces the record; the applicant's files still being filled follow it. */
    @PUT
    public CareerDto record(@PathParam("id") long id, CareerDto body, @Context SecurityContext security) {
        return CareerDto.of(careers.record(CareerInputs.record(id, body), Callers.actor(security)));
    }
}
