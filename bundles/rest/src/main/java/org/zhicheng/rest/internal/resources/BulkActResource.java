package org.zhicheng.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.bulk.BulkResult;
import org.zhicheng.api.bulk.FeeLine;
import org.zhicheng.api.bulk.FileRef;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ApplicationDto;
import org.zhicheng.rest.internal.dto.BulkRequests.CertificatesDone;
import org.zhicheng.rest.internal.dto.BulkRequests.FeeItem;
import org.zhicheng.rest.internal.dto.BulkRequests.FeesRequest;
import org.zhicheng.rest.internal.dto.BulkRequests.FileItem;
import org.zhicheng.rest.internal.dto.BulkRequests.FilesDone;
import org.zhicheng.rest.internal.dto.BulkRequests.FilesRequest;
import org.zhicheng.rest.internal.dto.CertificateDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Bulk office acts (issue 16): an office acts on a list of up to 500 files in one call, one transaction, ALL OR
 * NOTHING. Each file is checked as its single route checks it (same roles and scope, version, rules); the first refused
 * file refuses the list with that file's own code and status, a {@code detail} naming the file and its place, and
 * {@code field} {@code files[i]}; nothing changes then.
 */
@Component(service = BulkActResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bulk", description = "批量办理 / office acts on a list of files, all or nothing")
public class BulkActResource {

    private static final String VERSION_REQUIRED =
            "缺少版本号 / expectedVersion is required (the version of the application you saw)";

    private final BulkOfficeActs bulk;

    @Activate
    public BulkActResource(@Reference BulkOfficeActs bulk) {
        this.bulk = bulk;
    }

    @POST
    @Path("fee-payments")
    @Operation(summary = "批量登记缴费（银行对账单）", description = "Fees of a bank statement (R-29, R-09): each amount must "
            + "equal the file's fee and each file show 已接收材料. Roles as POST /v1/applications/{id}/fee-payment.")
    public FilesDone recordFeePayments(FeesRequest body, @Context SecurityContext security) {
        List<FeeLine> lines = each(Inputs.body(body).lines(), (FeeItem line) -> new FeeLine(
                Inputs.required(line.applicationId(), "缺少申报编号 / applicationId is required"),
                Inputs.required(line.expectedVersion(), VERSION_REQUIRED),
                Inputs.required(line.amountYuan(), "请填写缴费金额 / amountYuan is required"),
                Inputs.feeMethod(line.method()), line.reference(),
                Inputs.required(line.paidOn(), "请填写缴费日期 / paidOn is required")));
        return done(bulk.recordFeePayments(lines, Callers.actor(security)));
    }

    @POST
    @Path("material-acceptances")
    @Operation(summary = "批量接收材料", description = "The county bureau or series department accepts a list of "
            + "recommended files (R-19). Roles as POST /v1/applications/{id}/material-acceptance.")
    public FilesDone acceptMaterials(FilesRequest body, @Context SecurityContext security) {
        return done(bulk.acceptMaterials(files(body), Callers.actor(security)));
    }

    @POST
    @Path("evaluations")
    @Operation(summary = "批量提交评审委员会", description = "The committee office sends a list of paid files to the "
            + "committee (R-29). Roles as POST /v1/applications/{id}/evaluation.")
    public FilesDone startEvaluations(FilesRequest body, @Context SecurityContext security) {
        return done(bulk.startEvaluations(files(body), Callers.actor(security)));
    }

    @POST
    @Path("certificates")
    @Operation(summary = "批量颁发职称证书", description = "The committee office issues the certificates of a list of "
            + "passed files, e.g. a meeting's (R-11, R-38); expectedVersion as for the other acts.")
    public CertificatesDone issueCertificates(FilesRequest body, @Context SecurityContext security) {
        List<CertificateDto> issued = bulk.issueCertificates(files(body), Callers.actor(security)).certificates().stream()
                .map(CertificateDto::of).toList();
        return new CertificatesDone(issued.size(), issued);
    }

    private static List<FileRef> files(FilesRequest body) {
        return each(Inputs.body(body).files(), (FileItem file) -> new FileRef(
                Inputs.required(file.applicationId(), "缺少申报编号 / applicationId is required"),
                Inputs.required(file.expectedVersion(), VERSION_REQUIRED)));
    }

    /** The list's items converted; an empty or oversized list is core's to refuse, an empty item is refused here. */
    private static <I, T> List<T> each(List<I> items, Function<I, T> convert) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > BulkOfficeActs.MAX_FILES) {
            throw Refusal.BULK_TOO_MANY.refuse(BulkOfficeActs.MAX_FILES, items.size()); // before converting them all
        }
        List<T> converted = new ArrayList<>(items.size());
        for (I item : items) {
            converted.add(convert.apply(Inputs.required(item, "列表中有空项 / the list has an empty item")));
        }
        return converted;
    }

    private static FilesDone done(BulkResult result) {
        return new FilesDone(result.count(), result.files().stream().map(ApplicationDto::of).toList());
    }
}
