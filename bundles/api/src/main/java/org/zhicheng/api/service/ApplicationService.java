package org.zhicheng.api.service;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.StatusChange;

public interface ApplicationService {

    /** Opens a draft; refused for an unknown or suspended series, an unknown specialty or an exam-only level. */
    Application createDraft(NewApplication application, String actor);

    /**
     * Submits the application for review. {@code expectedVersion} is the version the caller saw:
     * if someone changed the application since, the submission is refused (optimistic locking).
     */
    Application submit(long applicationId, long expectedVersion, String actor);

    /**
     * A reviewer sends a submitted file back for correction with a reason; the file may then be
     * submitted again, at most three times in all.
     */
    Application returnForRevision(long applicationId, long expectedVersion, String actor, String reason);

    /**
     * The employer approves the submitted file with an explicit opinion; the file goes into publicity
     * inside the unit for the year's number of working days.
     */
    Application approveByEmployer(long applicationId, long expectedVersion, String actor, String opinion);

    /** Anyone in the unit may object while the file is in publicity; the objection is recorded. */
    Publicity recordObjection(long applicationId, String actor, String objection);

    /**
     * The employer resolves the open objections: upheld, the file is returned with the reason; dismissed, the
     * publicity goes on.
     */
    Application resolveObjections(long applicationId, long expectedVersion, String actor, boolean upheld, String reason);

    /** After the publicity's last day, without open objections, the employer recommends the file. */
    Application recommend(long applicationId, long expectedVersion, String actor);

    /**
     * a channel B file (recommended to the region or another prefecture) carries the entrustment letter
     * (委托评审函) its same-level HR bureau issued; it cannot be accepted without one.
     */
    Application recordEntrustmentLetter(long applicationId, long expectedVersion, String actor, String issuedBy,
                                        String letterNumber);

    /** The county bureau or series department accepts the file: 已接收材料, the fee may be paid. */
    Application acceptMaterial(long applicationId, long expectedVersion, String actor);

    /** The fee the file owes: the series' senior fee, or the year's intermediate or junior fee. */
    int feeFor(long applicationId);

    /** Records the fee paid by QR code or bank before the deadline; the amount must be the fee. */
    Application recordFeePayment(long applicationId, long expectedVersion, FeePayment payment);

    /**
     * Falsified material: the file is refused and its applicant may not apply for the three evaluation
     * years after this one.
     */
    Application refuseForFalsification(long applicationId, long expectedVersion, String actor, String finding);

    Optional<Publicity> publicity(long applicationId);

    Optional<FeePayment> feePayment(long applicationId);

    Optional<Application> find(long applicationId);

    List<Application> forApplicant(long applicantId);

    long countForSeries(String seriesCode);

    List<StatusChange> history(long applicationId);
}
