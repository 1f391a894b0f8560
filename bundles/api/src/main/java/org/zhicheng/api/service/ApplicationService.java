package org.zhicheng.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.security.Actor;

/**
 * The applicant's file and its review chain. Every call names its {@link Actor}: who may do what to which file is
 * decided here, for every caller, and refused with {@code FORBIDDEN} otherwise. An applicant edits, submits and
 * pays for their own file; the employer reviews, publicises and recommends its staff's files; the county
 * bureau and the series department return, accept and refuse the files of their county or series.
 *
 * <p>Implemented by the platform's core only; callers use it (since 2.1: {@link #entrustmentLetter},
 * {@link #searchRows}).
 */
@ProviderType
public interface ApplicationService {

    /** Opens a draft; refused for an unknown or suspended series, an unknown specialty or an exam-only level. */
    Application createDraft(NewApplication application, Actor actor);

    /**
     * Submits the application for review. {@code expectedVersion} is the version the caller saw:
     * if someone changed the application since, the submission is refused (optimistic locking). R-13: refused with
     * {@code INCOMPLETE_FILE}, listing what is missing, while a required field of the file is empty or the personal
     * commitment is unsigned ({@link org.zhicheng.api.file.FileContentService#missing}).
     */
    Application submit(long applicationId, long expectedVersion, Actor actor);

    /**
     * the applicant withdraws their own file before its material is received (草稿 to 单位已推荐); the file is
     * then final and still counts as the year's one application. Refused with {@code NOT_WITHDRAWABLE} later on.
     *
     * @since 2.2
     */
    Application withdraw(long applicationId, long expectedVersion, Actor actor);

    /**
     * A reviewer sends a submitted file back for correction with a reason; the file may then be
     * submitted again, at most three times in all.
     */
    Application returnForRevision(long applicationId, long expectedVersion, Actor actor, String reason);

    /**
     * The employer approves the submitted file with an explicit opinion; the file goes into publicity
     * inside the unit for the year's number of working days.
     */
    Application approveByEmployer(long applicationId, long expectedVersion, Actor actor, String opinion);

    /** Anyone in the unit may object while the file is in publicity; the objection is recorded. */
    Publicity recordObjection(long applicationId, Actor actor, String objection);

    /**
     * The employer resolves the open objections: upheld, the file is returned with the reason; dismissed, the
     * publicity goes on.
     */
    Application resolveObjections(long applicationId, long expectedVersion, Actor actor, boolean upheld, String reason);

    /** After the publicity's last day, without open objections, the employer recommends the file. */
    Application recommend(long applicationId, long expectedVersion, Actor actor);

    /**
     * a channel B file (recommended to the region or another prefecture) carries the entrustment letter
     * (委托评审函) its same-level HR bureau issued; it cannot be accepted without one.
     */
    Application recordEntrustmentLetter(long applicationId, long expectedVersion, Actor actor, String issuedBy,
                                        String letterNumber);

    /** The county bureau or series department accepts the file: 已接收材料, the fee may be paid. */
    Application acceptMaterial(long applicationId, long expectedVersion, Actor actor);

    /** The fee the file owes: the series' senior fee, or the year's intermediate or junior fee. */
    int feeFor(long applicationId, Actor actor);

    /** Records the fee paid by QR code or bank before the deadline; the amount must be the fee. */
    Application recordFeePayment(long applicationId, long expectedVersion, FeePayment payment, Actor actor);

    /**
     * Falsified material: the file is refused and its applicant may not apply for the three evaluation
     * years after this one.
     */
    Application refuseForFalsification(long applicationId, long expectedVersion, Actor actor, String finding);

    Optional<Publicity> publicity(long applicationId, Actor actor);

    Optional<FeePayment> feePayment(long applicationId, Actor actor);

    /** the channel B file's entrustment letter as recorded; empty until it is (always, for other channels). */
    Optional<EntrustmentLetter> entrustmentLetter(long applicationId, Actor actor);

    /** The file; empty when there is none, refused when it exists but is not the actor's to see. */
    Optional<Application> find(long applicationId, Actor actor);

    List<Application> forApplicant(long applicantId, Actor actor);

    /**
     * A page of the files the actor covers that match the filter, newest change first, for reviewers' lazy-loaded
     * queues; {@code limit} at most 1000.
     */
    List<Application> search(ApplicationFilter filter, int offset, int limit, Actor actor);

    /**
     * The same page as {@link #search}, each file with its applicant's name, read in one query rather than one
     * look-up per row; the same scope and refusals.
     *
     * @since 2.1
     */
    List<ApplicationRow> searchRows(ApplicationFilter filter, int offset, int limit, Actor actor);

    long count(ApplicationFilter filter, Actor actor);

    /** How many files a series holds in all: a statistic without personal data, open to every caller. */
    long countForSeries(String seriesCode);

    List<StatusChange> history(long applicationId, Actor actor);
}
