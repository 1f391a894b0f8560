package org.zhicheng.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.PublicAccess;
import org.zhicheng.rest.internal.dto.ActorDto;
import org.zhicheng.rest.internal.dto.Inputs;
import org.zhicheng.rest.internal.dto.NewApplicantRequest;
import org.zhicheng.rest.internal.dto.RegistrationRequest;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public self-registration of applicants: the applicant and their account in one step (with the unit they propose,
 * when theirs is not on record); 201 with the account.
 */
@Component(service = RegistrationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS})
@Path("v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "accounts", description = "账户与角色 / accounts and roles (administrators)")
public class RegistrationResource {

    private final AccountService accounts;

    @Activate
    public RegistrationResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    public Response register(RegistrationRequest body) {
        RegistrationRequest request = Inputs.body(body);
        String username = Inputs.required(request.username(), "用户名不能为空 / username is required");
        Actor account;
        if (request.proposedUnit() != null) {
            NewApplicantRequest applicant = Inputs.body(request.applicant());
            account = accounts.registerApplicantProposingUnit(Inputs.construct(() -> NewApplicant.ofUnit(applicant.fullName(),
                    new ResidentIdNumber(applicant.idNumber()), 0, applicant.phone())), request.proposedUnit().toNewUnit(),
                    username, Inputs.password(request.password()));
        } else {
            account = accounts.registerApplicant(Inputs.applicant(request.applicant()), username,
                    Inputs.password(request.password()));
        }
        return Response.status(Response.Status.CREATED).entity(ActorDto.of(account)).build();
    }
}
