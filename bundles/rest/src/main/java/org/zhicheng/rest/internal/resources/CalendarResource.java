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
import org.zhicheng.api.calendar.HolidayAdministration;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.HolidayScheduleDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Each year's holiday arrangement, which every "N working days" deadline counts with (e.g. R-20): public to read;
 * replaced by the prefecture administrator or the region's platform (core refuses anyone else).
 */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "公开信息 / public: series, standards, calendars, results (R-35, R-39)")
public class CalendarResource {

    private final HolidayAdministration holidays;

    @Activate
    public CalendarResource(@Reference HolidayAdministration holidays) {
        this.holidays = holidays;
    }

    @GET
    @Path("{year}/holidays")
    @PublicAccess
    public HolidayScheduleDto holidays(@PathParam("year") int year) {
        return holidays.schedule(year).map(HolidayScheduleDto::of).orElseThrow(() -> NotFound.holidays(year));
    }

    /** Creates or replaces the year's arrangement; answers it as the working-day calendar now counts with it. */
    @PUT
    @Path("{year}/holidays")
    public HolidayScheduleDto save(@PathParam("year") int year, HolidayScheduleDto body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        HolidayScheduleDto request = Inputs.body(body);
        HolidaySchedule saved = holidays.saveHolidays(year, request.holidaysOf(year), request.adjustedWorkingDaysOf(year), actor);
        return HolidayScheduleDto.of(saved);
    }
}
