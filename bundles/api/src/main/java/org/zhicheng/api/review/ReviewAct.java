package org.zhicheng.api.review;

import java.util.Set;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.workflow.WorkflowAct;

/** A reviewer's act on a file, with the statuses in which it belongs on the screen (possible or not). */
public enum ReviewAct {
    /** The employer's explicit opinion; publicity starts. */
    APPROVE(ApplicationStatus.SUBMITTED),
    /** Back to the applicant with a reason. */
    RETURN(ApplicationStatus.SUBMITTED),
    /** An objection raised in the unit during publicity. */
    OBJECT(ApplicationStatus.IN_PUBLICITY),
    /** Open objections found unfounded: the publicity goes on. */
    DISMISS_OBJECTIONS(ApplicationStatus.IN_PUBLICITY),
    /** Open objections upheld: the file is returned. */
    UPHOLD_OBJECTIONS(ApplicationStatus.IN_PUBLICITY),
    /** After the whole publicity without objection. */
    RECOMMEND(ApplicationStatus.IN_PUBLICITY),
    /** The county bureau or series department accepts the material. */
    ACCEPT_MATERIAL(ApplicationStatus.RECOMMENDED),
    /** The fee received before the deadline. */
    RECORD_FEE(ApplicationStatus.MATERIAL_RECEIVED),
    /** Falsified material: not accepted, and 3 years' ban. */
    REFUSE(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.IN_PUBLICITY,
            ApplicationStatus.RECOMMENDED, ApplicationStatus.MATERIAL_RECEIVED, ApplicationStatus.FEE_PAID,
            ApplicationStatus.UNDER_EVALUATION, ApplicationStatus.PASSED, ApplicationStatus.FAILED);

    private final Set<ApplicationStatus> stage;

    ReviewAct(ApplicationStatus first, ApplicationStatus... more) {
        this.stage = Set.of(concat(first, more));
    }

    private static ApplicationStatus[] concat(ApplicationStatus first, ApplicationStatus... more) {
        ApplicationStatus[] all = new ApplicationStatus[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    /**
     * The act in the workflow table's terms; which statuses it starts from and who may do it is the table's.
     *
     * @since 1.1
     */
    public WorkflowAct workflowAct() {
        return switch (this) {
            case APPROVE -> WorkflowAct.APPROVE;
            case RETURN -> WorkflowAct.RETURN;
            case OBJECT -> WorkflowAct.OBJECT;
            case DISMISS_OBJECTIONS -> WorkflowAct.DISMISS_OBJECTION;
            case UPHOLD_OBJECTIONS -> WorkflowAct.UPHOLD_OBJECTION;
            case RECOMMEND -> WorkflowAct.RECOMMEND;
            case ACCEPT_MATERIAL -> WorkflowAct.ACCEPT_MATERIAL;
            case RECORD_FEE -> WorkflowAct.PAY_FEE;
            case REFUSE -> WorkflowAct.REFUSE;
        };
    }

    /** Whether the act belongs to a file in this status (shown, possibly disabled with the reason). */
    public boolean belongsTo(ApplicationStatus status) {
        return stage.contains(status);
    }
}
