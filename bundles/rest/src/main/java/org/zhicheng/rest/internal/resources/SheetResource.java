package org.zhicheng.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.api.sheet.SheetFile;
import org.zhicheng.api.sheet.SheetFormat;
import org.zhicheng.api.sheet.SheetImport;
import org.zhicheng.api.sheet.SheetService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.SheetImportDto;
import org.zhicheng.rest.internal.problem.Problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Spreadsheets (issue 18): exports as .xlsx or CSV ({@code format=xlsx|csv}, xlsx by default) with core's authorisation
 * of the screens that show the same data; imports of continuing-education hours and exam results as the raw bytes of
 * the filled-in template ({@code dryRun=true} only checks), refused whole with every wrong row and column.
 */
@Component(service = SheetResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/sheets")
@Produces({SheetResource.XLSX, "text/csv", MediaType.APPLICATION_JSON})
@Tag(name = "spreadsheets", description = "电子表格导出与导入 / spreadsheet exports and imports (R-17, R-18, R-33, R-35, R-36)")
public class SheetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Reading stops just past this; core refuses anything beyond its configured limit with a row-0 error. */
    private static final int READ_LIMIT = 32 * 1024 * 1024;

    private final SheetService sheets;

    @Activate
    public SheetResource(@Reference SheetService sheets) {
        this.sheets = sheets;
    }

    @GET
    @Path("review-queue")
    @Operation(summary = "导出审核队列（与审核工作台相同的筛选）")
    public Response reviewQueue(@QueryParam("format") String format, @QueryParam("pending") @DefaultValue("true") boolean pending,
                                @QueryParam("q") String text, @QueryParam("seriesCode") String seriesCode,
                                @QueryParam("status") String status, @Context SecurityContext security) {
        ReviewQuery query = new ReviewQuery(pending, text, seriesCode,
                status == null || status.isBlank() ? null : Inputs.status(status));
        return download(sheets.reviewQueue(query, format(format), Callers.actor(security)));
    }

    /** Published results: public, like GET /v1/results. */
    @GET
    @PublicAccess
    @Path("committees/{committeeId}/{year}/results")
    @Operation(summary = "导出评委会的评审结果（公开，R-10、R-35）")
    public Response committeeResults(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
                                     @QueryParam("format") String format) {
        return download(sheets.committeeResults(committeeId, year, format(format), null));
    }

    @GET
    @Path("committees/{committeeId}/{year}/score-sheets")
    @Operation(summary = "导出评委会的评分表（评委会办公室；专家匿名，R-17）")
    public Response scoreSheets(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
                                @QueryParam("format") String format, @Context SecurityContext security) {
        return download(sheets.scoreSheets(committeeId, year, format(format), Callers.actor(security)));
    }

    @GET
    @Path("series/{seriesCode}/{year}/roster")
    @Operation(summary = "导出某系列某年度的申报人名册（身份证号遮挡）")
    public Response roster(@PathParam("seriesCode") String seriesCode, @PathParam("year") int year,
                           @QueryParam("format") String format, @Context SecurityContext security) {
        return download(sheets.roster(seriesCode, year, format(format), Callers.actor(security)));
    }

    @GET
    @Path("templates/{kind}")
    @Operation(summary = "下载导入模板（education-hours 继续教育学时，exam-results 考试成绩）")
    public Response template(@PathParam("kind") String kind, @QueryParam("format") String format,
                             @Context SecurityContext security) {
        return download(sheets.template(kind(kind), format(format), Callers.actor(security)));
    }

    /**
     * The filled-in template as the request body (.xlsx or CSV, any content type): 200 with the counts, or 422
     * {@code SHEET_INVALID} (problem+json) listing every wrong row and column, nothing stored.
     */
    @POST
    @Path("imports/{kind}")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE_NAME})
    @Operation(summary = "导入电子表格（整份校验，任何一行有误则不导入；dryRun=true仅校验）")
    public Response importSheet(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
                                @Parameter(description = "true: only check, store nothing") @QueryParam("dryRun") boolean dryRun,
                                InputStream body, @Context SecurityContext security) throws IOException {
        ImportKind importKind = kind(kind);
        byte[] content = body == null ? new byte[0] : body.readNBytes(READ_LIMIT + 1);
        SheetImport result = dryRun ? sheets.check(importKind, fileName, content, Callers.actor(security))
                : sheets.importSheet(importKind, fileName, content, Callers.actor(security));
        if (result.succeeded()) {
            return Response.ok(SheetImportDto.imported(result)).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        SheetImportDto.Refused refused = SheetImportDto.refused(result);
        return Response.status(refused.status()).type(Problem.MEDIA_TYPE).entity(refused).build();
    }

    private static SheetFormat format(String format) {
        if (format == null || format.isBlank()) {
            return SheetFormat.XLSX;
        }
        return SheetFormat.parse(format).orElseThrow(() -> Refusal.INVALID_INPUT.variant("sheetFormat").refuseOn("format", format));
    }

    /** {@code education-hours} or {@code exam-results} (the kind's name in lower case with dashes). */
    private static ImportKind kind(String kind) {
        for (ImportKind candidate : ImportKind.values()) {
            if (candidate.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(kind)) {
                return candidate;
            }
        }
        throw Refusal.INVALID_INPUT.variant("sheetKind").refuseOn("kind");
    }

    private static Response download(SheetFile file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded).build();
    }
}
