package org.zhicheng.rest.internal.resources;

import java.util.List;
import java.util.Map;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
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
import org.zhicheng.api.review.ReviewDesk;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.AvailableActDto;
import org.zhicheng.rest.internal.dto.ExpertCandidateDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.ReviewRowDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The reviewers' desk, as the web UI's queue asks it: what waits for the caller (待我办理) with days waiting and the
 * deadline, which acts are possible on a file now and why not, the expert pool of a file with its conflicts of
 * interest, and readable audit subjects. A root path of its own, so that it never shadows {@code v1/applications}.
 */
@Component(service = ReviewDeskResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/review-desk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review desk", description = "审核工作台 / what waits for the reviewer, possible acts and why not")
public class ReviewDeskResource {

    private final ReviewDesk desk;

    @Activate
    public ReviewDeskResource(@Reference ReviewDesk desk) {
        this.desk = desk;
    }

    /**
     * A page of the caller's queue: {@code pending=true} (the default) only the files waiting for the caller's role,
     * longest waiting first; {@code q} the beginning of a name or of an ID number (six digits or more), or the file's
     * number (第12号, #12, or up to five digits), each found through an index; the total in X-Total-Count.
     */
    @GET
    @Path("queue")
    @Operation(summary = "审核队列（待我办理、按姓名或身份证号开头或申报编号检索、等待天数与期限）",
            description = "q: 姓名开头、身份证号开头（至少6位）或申报编号（第12号、#12 或不足6位的数字） / the beginning of a name or"
                    + " of an ID number (6 digits or more), or the file number (第12号, #12, or fewer than 6 digits)")
    public Response queue(@QueryParam("pending") @DefaultValue("true") boolean pending, @QueryParam("q") String text,
                          @QueryParam("seriesCode") String seriesCode, @QueryParam("status") String status,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        Actor actor = Callers.actor(security);
        ReviewQuery query = new ReviewQuery(pending, text, seriesCode,
                status == null || status.isBlank() ? null : Inputs.status(status));
        List<ReviewRowDto> page = desk.queue(query, offset, limit, actor).stream().map(ReviewRowDto::of).toList();
        return Response.ok(page).header(Pages.TOTAL_COUNT, desk.count(query, actor)).build();
    }

    /** The caller's acts of the file's stage, each possible or with the reason the act would be refused for. */
    @GET
    @Path("files/{id}/acts")
    @Operation(summary = "该申报当前可办理的事项及不可办理的原因")
    public List<AvailableActDto> availableActs(@PathParam("id") long id, @Context SecurityContext security) {
        return desk.availableActs(id, Callers.actor(security)).stream().map(AvailableActDto::of).toList();
    }

    /** The series' expert pool for the file, conflicts of interest flagged; the committee office's. */
    @GET
    @Path("files/{id}/expert-candidates")
    @Operation(summary = "可指派的评审专家及回避情形")
    public List<ExpertCandidateDto> expertCandidates(@PathParam("id") long id, @Context SecurityContext security) {
        return desk.expertCandidates(id, Callers.actor(security)).stream().map(ExpertCandidateDto::of).toList();
    }

    /** Readable names of audit subjects ({@code subject=application:42}, repeated), for administrators. */
    @GET
    @Path("audit-subjects")
    @Operation(summary = "审计对象的可读名称（申报编号与申报人）")
    public Map<String, String> subjectLabels(@QueryParam("subject") List<String> subjects, @Context SecurityContext security) {
        return desk.subjectLabels(subjects, Callers.actor(security));
    }
}
