package org.zhicheng.rest.internal.resources;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.notify.NotificationService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.NotificationDto;
import org.zhicheng.rest.internal.problem.RequestLanguage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own messages (消息); nobody reads or marks another person's. */
@Component(service = NotificationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "消息 / the caller's own notifications")
public class NotificationResource {

    static final String UNREAD_COUNT = "X-Unread-Count";

    private final NotificationService notifications;

    @Activate
    public NotificationResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "我的消息，最新在前（offset、limit 1–100；未读数在 X-Unread-Count）")
    public Response mine(@QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("20") int limit, @Context SecurityContext security,
                         @Context HttpHeaders headers) {
        Actor actor = Callers.actor(security);
        Locale language = RequestLanguage.of(headers);
        List<NotificationDto> page = notifications.mine(actor, offset, limit, language)
                .stream().map(n -> NotificationDto.of(n, language)).toList();
        return Response.ok(page).header(UNREAD_COUNT, notifications.unreadCount(actor)).build();
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "未读消息数 {\"unread\": n}")
    public UnreadCount unreadCount(@Context SecurityContext security) {
        return new UnreadCount(notifications.unreadCount(Callers.actor(security)));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "标为已读（仅本人的消息；否则 404 UNKNOWN_NOTIFICATION）")
    public NotificationDto markRead(@PathParam("id") long id, @Context SecurityContext security,
                                    @Context HttpHeaders headers) {
        Locale language = RequestLanguage.of(headers);
        return NotificationDto.of(notifications.markRead(id, Callers.actor(security), language), language);
    }

    @POST
    @Path("read-all")
    @Operation(summary = "全部标为已读 {\"marked\": n}")
    public MarkedCount markAllRead(@Context SecurityContext security) {
        return new MarkedCount(notifications.markAllRead(Callers.actor(security)));
    }

    public record UnreadCount(long unread) {
    }

    public record MarkedCount(int marked) {
    }
}
