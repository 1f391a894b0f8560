package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.ActorDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.NewAccountRequest;
import org.zhicheng.rest.internal.dto.PasswordRequest;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Platform accounts, for administrators: list, create (any role but the platform's own), reset a password. */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "账户与角色 / accounts and roles (administrators)")
public class AccountResource {

    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    /** A page of accounts by user name, {@code q} searching user and display names; the total in {@code X-Total-Count}. */
    @GET
    public Response list(@QueryParam("q") String text, @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
        Actor admin = Callers.actor(security);
        // q: part of the user name or display name
        List<ActorDto> page = accounts.accounts(text, offset, limit, admin).stream().map(ActorDto::of).toList();
        return Response.ok(page).header(Pages.TOTAL_COUNT, accounts.countAccounts(text, admin)).build();
    }

    @POST
    public Response create(NewAccountRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Actor admin = Callers.actor(security);
        NewAccountRequest request = Inputs.body(body);
        Actor account = Inputs.construct(() -> new Actor(request.username(), request.displayName(),
                Inputs.role(request.role()), request.applicantId(), request.employer(), request.county(),
                request.seriesCodes(), request.expertId()));
        Actor created = accounts.createAccount(account, Inputs.password(request.password()), admin);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(ActorDto.of(created)).build();
    }

    /** The administrator sets a new password for a user who forgot theirs; 204. */
    @PUT
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, PasswordRequest body,
                                  @Context SecurityContext security) {
        Actor admin = Callers.actor(security);
        accounts.resetPassword(username, Inputs.password(Inputs.body(body).password()), admin);
        return Response.noContent().build();
    }
}
