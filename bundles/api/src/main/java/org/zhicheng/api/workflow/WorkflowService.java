package org.zhicheng.api.workflow;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * The workflow table, and what it lets an actor do to a file now: the screens' action buttons and the API's
 * allowed next steps both come from here, so they cannot disagree with the acts themselves.
 *
 * @since 1.1
 */
@ProviderType
public interface WorkflowService {

    /** Every row of the table, in the order of {@link WorkflowAct}. */
    List<Transition> transitions();

    /**
     * The rows the actor may do to the file in its current status: the table's acts from that status, those of them
     * the actor's role may do to this file, and cheap conditions of the act (e.g. an open objection to resolve).
     * An act may still be refused for what only the act checks (a window closed, a field missing). Refused as reading
     * the file is: {@code FORBIDDEN} for a file the actor may not see, {@code UNKNOWN_APPLICATION} for no such file.
     */
    List<Transition> allowedActs(long applicationId, Actor actor);
}
