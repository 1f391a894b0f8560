package org.zhicheng.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.zhicheng.api.notify.NotificationService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ContactSettingsDto;
import org.zhicheng.rest.internal.dto.Inputs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Where the caller receives email and SMS (接收方式). */
@Component(service = MyContactResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/me/contact")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "消息 / the caller's own notifications")
public class MyContactResource {

    private final NotificationService notifications;

    @Activate
    public MyContactResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "本人的接收方式（邮箱、手机号；申报人的手机号默认为注册时填写的手机）")
    public ContactSettingsDto contact(@Context SecurityContext security) {
        return ContactSettingsDto.of(notifications.contact(Callers.actor(security)));
    }

    @PUT
    @Operation(summary = "修改本人的接收方式；格式不对时 400 INVALID_INPUT，什么也不改")
    public ContactSettingsDto update(ContactSettingsDto body, @Context SecurityContext security) {
        return ContactSettingsDto.of(notifications.updateContact(Inputs.body(body).toSettings(), Callers.actor(security)));
    }
}
