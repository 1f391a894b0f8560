package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.zhicheng.api.meeting.BallotPaper;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ExpertDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.MeetingDtos.BallotPaperDto;
import org.zhicheng.rest.internal.dto.MeetingDtos.MeetingDto;
import org.zhicheng.rest.internal.dto.MeetingDtos.MemberDto;
import org.zhicheng.rest.internal.dto.MeetingDtos.MinutesDto;
import org.zhicheng.rest.internal.dto.MeetingRequests.AppointmentRequest;
import org.zhicheng.rest.internal.dto.MeetingRequests.AttendanceRequest;
import org.zhicheng.rest.internal.dto.MeetingRequests.CloseRequest;
import org.zhicheng.rest.internal.dto.MeetingRequests.RecusalRequest;
import org.zhicheng.rest.internal.dto.MeetingRequests.ScheduleRequest;
import org.zhicheng.rest.internal.dto.MeetingRequests.SignRequest;
import org.zhicheng.rest.internal.dto.MeetingRequests.VoteRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The committee meeting (national provisional regulations, MOHRSS order No. 40): the committee office appoints the
 * members and runs the meeting, each present member votes by secret ballot on their own paper, the chair (or a
 * vice-chair) signs the minutes. No route returns who voted how. Authenticated; the caller is the actor, core decides.
 */
@Component(service = MeetingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meeting", description = "评审会议 / committee members, quorum, recusal, secret ballot, two thirds, minutes (R-34, R-36)")
public class MeetingResource {

    private final MeetingService meetings;

    @Activate
    public MeetingResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("committees/{committeeId}/members")
    @Operation(summary = "评审委员会委员（任期、职务、职称）")
    public List<MemberDto> members(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return meetings.members(committeeId, Callers.actor(security)).stream().map(MemberDto::of).toList();
    }

    @GET
    @Path("committees/{committeeId}/pool")
    @Operation(summary = "可任命的专家（本系列专家库），仅评委会办公室")
    public List<ExpertDto> pool(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return meetings.pool(committeeId, Callers.actor(security)).stream().map(ExpertDto::of).toList();
    }

    @PUT
    @Path("committees/{committeeId}/members")
    @Operation(summary = "任命评审委员会委员（单数、人数下限、职称、任期不超过3年）")
    public List<MemberDto> appoint(@PathParam("committeeId") String committeeId, List<AppointmentRequest> body,
                                   @Context SecurityContext security) {
        var actor = Callers.actor(security);
        var appointments = Inputs.body(body).stream().map(r -> Inputs.body(r).toAppointment()).toList();
        return meetings.appoint(committeeId, appointments, actor).stream().map(MemberDto::of).toList();
    }

    @GET
    @Path("committees/{committeeId}")
    @Operation(summary = "评审委员会的会议")
    public List<MeetingDto> meetingsOf(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return meetings.meetings(committeeId, Callers.actor(security)).stream().map(MeetingDto::of).toList();
    }

    @POST
    @Path("committees/{committeeId}")
    @Operation(summary = "安排评审会议（日期在评审会议期间内，R-10；地点或视频会议室）")
    public MeetingDto schedule(@PathParam("committeeId") String committeeId, ScheduleRequest body,
                               @Context SecurityContext security) {
        var actor = Callers.actor(security);
        ScheduleRequest request = Inputs.body(body);
        return MeetingDto.of(meetings.schedule(committeeId, Inputs.required(request.year(), "请填写评审年度 / year is required"),
                Inputs.grade(request.grade()), Inputs.required(request.date(), "请填写会议日期 / date is required"),
                request.place(), actor));
    }

    @GET
    @Path("mine")
    @Operation(summary = "本人（委员）参加的评审会议")
    public List<MeetingDto> mine(@Context SecurityContext security) {
        return meetings.myMeetings(Callers.actor(security)).stream().map(MeetingDto::of).toList();
    }

    @GET
    @Path("{meetingId: [0-9]+}")
    @Operation(summary = "评审会议")
    public MeetingDto meeting(@PathParam("meetingId") long meetingId, @Context SecurityContext security) {
        return MeetingDto.of(meetings.meeting(meetingId, Callers.actor(security)));
    }

    @POST
    @Path("{meetingId: [0-9]+}/opening")
    @Operation(summary = "登记出席并开会（出席不足三分之二不能开会；按单位自动回避）")
    public MeetingDto open(@PathParam("meetingId") long meetingId, AttendanceRequest body, @Context SecurityContext security) {
        var actor = Callers.actor(security);
        return MeetingDto.of(meetings.open(meetingId, Inputs.required(Inputs.body(body).present(),
                "请填写出席委员 / present is required"), actor));
    }

    @POST
    @Path("{meetingId: [0-9]+}/recusals")
    @Operation(summary = "委员声明回避某申报人（委员本人或评委会办公室）")
    public MeetingDto recuse(@PathParam("meetingId") long meetingId, RecusalRequest body, @Context SecurityContext security) {
        var actor = Callers.actor(security);
        RecusalRequest request = Inputs.body(body);
        return MeetingDto.of(meetings.declareRecusal(meetingId, Inputs.required(request.expertId(),
                "请填写委员 / expertId is required"), Inputs.required(request.applicationId(),
                "请填写申报 / applicationId is required"), request.reason(), actor));
    }

    @GET
    @Path("{meetingId: [0-9]+}/ballot")
    @Operation(summary = "本人（委员）的选票：匿名申报人、专家评分、是否回避、是否已投")
    public BallotPaperDto ballot(@PathParam("meetingId") long meetingId, @Context SecurityContext security) {
        return BallotPaperDto.of(meetings.ballot(meetingId, Callers.actor(security)));
    }

    @POST
    @Path("{meetingId: [0-9]+}/ballot/{applicationId: [0-9]+}")
    @Operation(summary = "无记名投票：同意、不同意或弃权，投出后不能更改")
    public BallotPaperDto vote(@PathParam("meetingId") long meetingId, @PathParam("applicationId") long applicationId,
                               VoteRequest body, @Context SecurityContext security) {
        var actor = Callers.actor(security);
        return BallotPaperDto.of(meetings.vote(meetingId, applicationId, Inputs.body(body).toChoice(), actor));
    }

    @POST
    @Path("{meetingId: [0-9]+}/votes/{applicationId: [0-9]+}")
    @Operation(summary = "无记名投票，只返回所投的这一行（不返回整张选票）：同意、不同意或弃权，投出后不能更改")
    public BallotPaper.Line cast(@PathParam("meetingId") long meetingId, @PathParam("applicationId") long applicationId,
                                 VoteRequest body, @Context SecurityContext security) {
        var actor = Callers.actor(security);
        return meetings.cast(meetingId, applicationId, Inputs.body(body).toChoice(), actor);
    }

    @POST
    @Path("{meetingId: [0-9]+}/closing")
    @Operation(summary = "结束表决并计票（三分之二同意；正高、副高再按通过率，R-34）")
    public MinutesDto close(@PathParam("meetingId") long meetingId, CloseRequest body, @Context SecurityContext security) {
        var actor = Callers.actor(security);
        return MinutesDto.of(meetings.close(meetingId, body == null ? null : body.seniorPassRate(), actor));
    }

    @GET
    @Path("{meetingId: [0-9]+}/minutes")
    @Operation(summary = "会议纪要：出席、回避、各申报人票数、结果")
    public MinutesDto minutes(@PathParam("meetingId") long meetingId, @Context SecurityContext security) {
        return MinutesDto.of(meetings.minutes(meetingId, Callers.actor(security)));
    }

    @POST
    @Path("{meetingId: [0-9]+}/signature")
    @Operation(summary = "主持人签发会议纪要，申报随之通过或未通过（R-36）")
    public MinutesDto sign(@PathParam("meetingId") long meetingId, SignRequest body, @Context SecurityContext security) {
        var actor = Callers.actor(security);
        return MinutesDto.of(meetings.sign(meetingId, body == null ? List.of() : body.tieWinners(), actor));
    }
}
