package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.contacts.ContactDirectory;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.CountyBureausDto;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public: whom applicants call. The series committees' units and phones are in {@code GET /api/v1/series/{code}}.
 */
@Component(service = ContactResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "public", description = "公开信息 / public: series, standards, calendars, results (R-35, R-39)")
public class ContactResource {

    private final ContactDirectory contacts;

    @Activate
    public ContactResource(@Reference ContactDirectory contacts) {
        this.contacts = contacts;
    }

    /** Every county's and city's HR bureau (人社局) and education bureau (教科局), with their phones. */
    @GET
    @Path("counties")
    public List<CountyBureausDto> counties() {
        return contacts.counties().stream().map(CountyBureausDto::of).toList();
    }
}
