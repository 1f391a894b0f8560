package org.zhicheng.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitImport;
import org.zhicheng.api.unit.UnitService;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.ExpectedVersionRequest;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.NewUnitRequest;
import org.zhicheng.rest.internal.dto.PublicUnitDto;
import org.zhicheng.rest.internal.dto.UnitDto;
import org.zhicheng.rest.internal.dto.UnitImportDto;
import org.zhicheng.rest.internal.problem.Problem;
import org.zhicheng.rest.internal.problem.ProblemStatus;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Units (用人单位): the public picker of confirmed units; for administrators, county bureaus (their county's) and the
 * integration the full list, recording, CSV import and the decision on units proposed at registration. Core decides
 * who may.
 */
@Component(service = UnitResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "用人单位 / employers: registration, confirmation by the county bureau, import")
public class UnitResource {

    /** A county's or the prefecture's unit list is far smaller; a bigger upload is a mistake. */
    static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final UnitService units;

    @Activate
    public UnitResource(@Reference UnitService units) {
        this.units = units;
    }

    /** Confirmed units by county and part of the name, for the registration picker: id, name, county, type, tier. */
    @GET
    @Path("confirmed")
    @PublicAccess
    public Response confirmed(@QueryParam("county") String county, @QueryParam("q") String name,
                              @QueryParam("offset") @DefaultValue("0") int offset,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        List<PublicUnitDto> page = units.confirmed(new UnitService.Query(county, name, null), offset, limit).stream()
                .map(PublicUnitDto::of).toList();
        return Response.ok(page).build();
    }

    /** Units of any status as the caller keeps them (a county bureau its county's); the total in X-Total-Count. */
    @GET
    public Response list(@QueryParam("county") String county, @QueryParam("q") String name,
                         @QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        UnitService.Query query = new UnitService.Query(county, name, status(status));
        List<UnitDto> page = units.list(query, offset, limit, actor).stream().map(UnitDto::of).toList();
        return Response.ok(page).header(Pages.TOTAL_COUNT, units.count(query, actor)).build();
    }

    /**
     * One unit, for any signed-in caller: an applicant's or employer's unit, whose type decides channel C and the
     * private-enterprise continuing-education rule.
     */
    @GET
    @Path("{id}")
    public UnitDto one(@PathParam("id") long id) {
        return units.find(id).map(UnitDto::of).orElseThrow(() -> NotFound.unit(id));
    }

    /** 201 with the unit, confirmed at once. */
    @POST
    public Response create(NewUnitRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Actor actor = Callers.actor(security);
        Unit unit = units.create(Inputs.body(body).toNewUnit(), actor);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(unit.id())).build())
                .entity(UnitDto.of(unit)).build();
    }

    /**
     * A UTF-8 CSV file (header 单位名称,统一社会信用代码,单位类型,县市,层级): 200 with every unit imported, or 422
     * {@code UNITS_NOT_IMPORTED} naming every wrong row, and nothing imported.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(InputStream body, @Context SecurityContext security) throws IOException {
        Actor actor = Callers.actor(security);
        UnitImport result = units.importCsv(new StringReader(utf8(body)), actor);
        if (result.succeeded()) {
            return Response.ok(UnitImportDto.imported(result)).build();
        }
        int status = ProblemStatus.UNPROCESSABLE;
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(UnitImportDto.refused(result, status)).build();
    }

    @POST
    @Path("{id}/confirmation")
    public UnitDto confirm(@PathParam("id") long id, ExpectedVersionRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return UnitDto.of(units.confirm(id, expectedVersion(body), actor));
    }

    @POST
    @Path("{id}/rejection")
    public UnitDto reject(@PathParam("id") long id, ExpectedVersionRequest body, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        return UnitDto.of(units.reject(id, expectedVersion(body), actor));
    }

    private static long expectedVersion(ExpectedVersionRequest body) {
        return Inputs.required(Inputs.body(body).expectedVersion(), "expectedVersion不能为空 / expectedVersion is required");
    }

    private static UnitStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (UnitStatus status : UnitStatus.values()) {
            if (status.name().equalsIgnoreCase(text.trim()) || status.officialTerm().equals(text.trim())) {
                return status;
            }
        }
        throw new IllegalArgumentException("单位状态无效：" + text + " / unknown status " + text);
    }

    private static String utf8(InputStream body) throws IOException {
        if (body == null) {
            throw new IllegalArgumentException("请上传CSV文件 / the CSV file is required");
        }
        byte[] bytes = body.readNBytes(MAX_CSV_BYTES + 1);
        if (bytes.length > MAX_CSV_BYTES) {
            throw new IllegalArgumentException("CSV文件不能超过2 MB / the CSV file must not exceed 2 MB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("CSV文件须为UTF-8编码（Excel中另存为“CSV UTF-8”） / the CSV file must be UTF-8");
        }
    }
}
