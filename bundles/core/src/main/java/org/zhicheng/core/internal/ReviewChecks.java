package org.zhicheng.core.internal;

import java.time.LocalDate;
import java.util.function.IntFunction;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.workflow.Transitions;

/**
 * The state checks of the review chain's acts, each refusing as the act does. The acts call them (ApplicationServiceImpl)
 * and the reviewers' desk asks them in advance (which act is possible now, and why not), so the two cannot disagree.
 * {@code campaigns} finds the file's year (refusing an unconfigured one). Which statuses an act starts from is the
 * workflow table's ({@link Transitions}); each check adds its own refusal and the act's other conditions.
 */
public final class ReviewChecks {

    private ReviewChecks() {
    }

    /** the employer's opinion on a submitted file, inside the review window; answers the year. */
    public static Campaign requireApprovable(ApplicationEntity file, IntFunction<Campaign> campaigns, LocalDate today) {
        requireStatus(file, WorkflowAct.APPROVE, Refusals.notAwaitingEmployerReview(file.getStatus()));
        return requireReviewWindow(campaigns.apply(file.getEvaluationYear()), today);
    }

    /** only a submitted file goes back, inside the review window. */
    public static void requireReturnable(ApplicationEntity file, IntFunction<Campaign> campaigns, LocalDate today) {
        requireStatus(file, WorkflowAct.RETURN, Refusals.notReturnable(file.getStatus()));
        requireReviewWindow(campaigns.apply(file.getEvaluationYear()), today);
    }

    /** objections are raised during the publicity. */
    public static void requireObjectable(ApplicationEntity file) {
        requireStatus(file, WorkflowAct.OBJECT, Refusals.objectionOutsidePublicity(file.getStatus()));
    }

    /** Objections are resolved while in publicity, and only when one is open. */
    public static void requireObjectionsToResolve(ApplicationEntity file) {
        // upheld or dismissed, the resolution starts from the same statuses (TransitionsTest holds the two rows alike)
        requireStatus(file, WorkflowAct.DISMISS_OBJECTION, Refusals.noPublicityToResolve(file.getStatus()));
        if (file.getOpenObjections() == 0) {
            throw Refusals.noOpenObjection();
        }
    }

    /** recommended after the whole publicity, without an open objection. */
    public static void requireRecommendable(ApplicationEntity file, LocalDate today) {
        requireStatus(file, WorkflowAct.RECOMMEND, Refusals.recommendOutsidePublicity(file.getStatus()));
        Publicity publicity = file.publicity().orElseThrow();
        if (!today.isAfter(publicity.lastDay())) {
            throw Refusals.publicityNotOver(publicity.lastDay()); // at least the full period
        }
        if (publicity.openObjections() > 0) {
            throw Refusals.objectionOpen(publicity.openObjections());
        }
    }

    /** material of a recommended file, with its entrustment letter for channel B, in the window. */
    public static void requireAcceptable(ApplicationEntity file, IntFunction<Campaign> campaigns, LocalDate today) {
        requireStatus(file, WorkflowAct.ACCEPT_MATERIAL, Refusals.materialNotRecommended(file.getStatus()));
        if (file.getChannel().needsEntrustmentLetter() && !file.hasEntrustmentLetter()) {
            throw Refusals.entrustmentLetterMissing();
        }
        requireReviewWindow(campaigns.apply(file.getEvaluationYear()), today);
    }

    /** the fee once the material is received; R-09: not after the fee deadline. Answers the year. */
    public static Campaign requireFeeOpen(ApplicationEntity file, IntFunction<Campaign> campaigns, LocalDate today) {
        requireStatus(file, WorkflowAct.PAY_FEE, Refusals.feeBeforeMaterialReceived(file.getStatus()));
        Campaign campaign = campaigns.apply(file.getEvaluationYear());
        if (today.isAfter(campaign.feeDeadline())) {
            throw Refusals.feeLate(campaign.feeDeadline());
        }
        return campaign;
    }

    /** final files stay final; a certified file's qualification is revoked through its certificate. */
    public static void requireRefusable(ApplicationEntity file) {
        if (!Transitions.allows(WorkflowAct.REFUSE, file.getStatus())) {
            throw Refusals.fileFinal(file.getStatus());
        }
    }

    /** employers and bureaus review inside the year's review window. */
    public static Campaign requireReviewWindow(Campaign campaign, LocalDate today) {
        if (!campaign.reviewWindow().contains(today)) {
            throw Refusals.outsideReviewWindow(campaign.reviewWindow(), today);
        }
        return campaign;
    }

    /** Refuses with {@code refusal} unless the workflow table lets the act start from the file's status. */
    private static void requireStatus(ApplicationEntity file, WorkflowAct act, ZhichengException refusal) {
        if (!Transitions.allows(act, file.getStatus())) {
            throw refusal;
        }
    }
}
