package org.zhicheng.core.internal.workflow;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.workflow.Transition;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.api.workflow.WorkflowService;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;

/** The workflow table for the screens and the API, and the acts it lets an actor do to a file now. */
@Component(service = WorkflowService.class)
public class WorkflowServiceImpl implements WorkflowService {

    private final JpaTemplate jpa;

    @Activate
    public WorkflowServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<Transition> transitions() {
        return Transitions.all();
    }

    @Override
    public List<Transition> allowedActs(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.VIEW); // as reading the file
            return Transitions.permittedFrom(file.getStatus(), actor, FileScope.of(file)).stream()
                    .filter(act -> possible(act, file)).map(Transitions::of).toList();
        });
    }

    /** The act's conditions that need only the file's row; windows and contents are left to the act itself. */
    private static boolean possible(WorkflowAct act, ApplicationEntity file) {
        return switch (act) {
            case UPHOLD_OBJECTION, DISMISS_OBJECTION -> file.getOpenObjections() > 0;
            case RECOMMEND -> file.getOpenObjections() == 0;
            case RECORD_ENTRUSTMENT_LETTER -> file.getChannel().needsEntrustmentLetter();
            case ACCEPT_MATERIAL -> !file.getChannel().needsEntrustmentLetter() || file.hasEntrustmentLetter();
            default -> true;
        };
    }
}
