package org.zhicheng.rest.internal.resources;

import java.util.List;

import javax.ws.rs.GET;
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
import org.zhicheng.api.workflow.WorkflowService;
import org.zhicheng.rest.internal.Extensions;
import org.zhicheng.rest.internal.dto.TransitionDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The workflow table itself (docs/workflow.md is generated from the same rows); the allowed steps of one file are under applications. */
@Component(service = WorkflowResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Extensions.SELECT_JSON, Extensions.SELECT_PROBLEMS, Extensions.SELECT_WEB_PROBLEMS,
        Extensions.SELECT_AUTHENTICATION})
@Path("v1/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "workflow", description = "流程表 / the file's workflow: acts, statuses, rules and roles")
public class WorkflowResource {

    private final WorkflowService workflow;

    @Activate
    public WorkflowResource(@Reference WorkflowService workflow) {
        this.workflow = workflow;
    }

    /** Every row of the table; for any signed-in caller. */
    @GET
    @Operation(summary = "流程表：每个环节的起始状态、结果状态、规则与角色")
    public List<TransitionDto> transitions(@Context SecurityContext security) {
        Callers.actor(security);
        return workflow.transitions().stream().map(TransitionDto::of).toList();
    }
}
