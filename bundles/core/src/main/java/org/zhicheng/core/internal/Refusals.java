package org.zhicheng.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.series.EligibilityRule;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

/**
 * Core's general refusals, each a call of the catalogue ({@link Refusal}: code, HTTP status, Chinese and English text)
 * with the words its text names. A new refusal: an entry in {@code Refusal} with its texts in api's
 * {@code refusals.properties} and {@code refusals_en.properties}, then a factory here or in the area's own class.
 */
public final class Refusals {
    private Refusals() {
    }

    /** An enum constant in lower-case words (county bureau, senior worker) for English texts: never its code. */
    public static String words(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public static ZhichengException invalidInput(String message) {
        return Refusal.INVALID_INPUT.refuse(message, message);
    }

    /** Invalid input with an English message of its own, for integrations' logs. */
    public static ZhichengException invalidInput(String chineseMessage, String englishMessage) {
        return Refusal.INVALID_INPUT.refuse(chineseMessage, englishMessage);
    }

    /** Invalid input naming the wrong field (see {@link ZhichengException#field()}), so that a form can mark it. */
    public static ZhichengException invalidInput(String field, String chineseMessage, String englishMessage) {
        return Refusal.INVALID_INPUT.refuseOn(field, chineseMessage, englishMessage);
    }

    /** A page that no list has: offset below 0 or a limit out of range. */
    public static ZhichengException invalidPage(int offset, int limit) {
        return Refusal.INVALID_INPUT.variant("paging").refuse(offset, limit);
    }

    public static ZhichengException duplicateIdNumber() {
        return Refusal.DUPLICATE_ID_NUMBER.refuse();
    }

    public static ZhichengException unknownApplicant(long id) {
        return Refusal.UNKNOWN_APPLICANT.refuse(id);
    }

    public static ZhichengException unknownApplication(long id) {
        return Refusal.UNKNOWN_APPLICATION.refuse(id);
    }

    public static ZhichengException unknownSeries(String code) {
        return Refusal.UNKNOWN_SERIES.refuse(code);
    }

    static ZhichengException seriesSuspended(String name) {
        return Refusal.SERIES_SUSPENDED.refuse(name);
    }

    static ZhichengException unknownSpecialty(String series, String specialty) {
        return Refusal.UNKNOWN_SPECIALTY.refuse(series, specialty);
    }

    static ZhichengException levelNotEvaluated(String specialty, String level) {
        return Refusal.LEVEL_NOT_EVALUATED.refuse(specialty, level);
    }

    static ZhichengException examOnly(String specialty, String level) {
        return Refusal.EXAM_ONLY_LEVEL.refuse(specialty, level);
    }

    static ZhichengException secondApplicationInYear(int year) {
        return Refusal.ONE_CHANNEL_PER_YEAR.refuse(year);
    }

    public static ZhichengException staleVersion() {
        return Refusal.STALE_VERSION.refuse();
    }

    static ZhichengException notSubmittable(ApplicationStatus status) {
        return Refusal.NOT_SUBMITTABLE.refuse(status.officialTerm(), status.englishTerm());
    }

    static ZhichengException submissionLimit(int limit) {
        return Refusal.SUBMISSION_LIMIT.refuse(limit);
    }

    static ZhichengException notReturnable(ApplicationStatus status) {
        return Refusal.NOT_RETURNABLE.refuse(status.officialTerm(), status.englishTerm());
    }

    static ZhichengException noScoringStandard(String series, int year) {
        return Refusal.NO_SCORING_STANDARD.refuse(series, year);
    }

    static ZhichengException notScorable(ApplicationStatus status) {
        return Refusal.NOT_SCORABLE.refuse(status.officialTerm(), status.englishTerm());
    }

    public static ZhichengException notAssigned(String scorer) {
        return Refusal.NOT_ASSIGNED.refuse(scorer);
    }

    static ZhichengException alreadyScored(String scorer) {
        return Refusal.ALREADY_SCORED.refuse(scorer);
    }

    static ZhichengException itemNotScored(String item) {
        return Refusal.ITEM_NOT_SCORED.refuse(item);
    }

    static ZhichengException itemOutOfRange(String item, BigDecimal max) {
        return Refusal.ITEM_OUT_OF_RANGE.refuse(item, Points.format(max));
    }

    static ZhichengException unknownItem(String item, int version) {
        return Refusal.UNKNOWN_ITEM.refuse(item, version);
    }

    static ZhichengException channelClosed(String series) {
        return Refusal.CHANNEL_C_CLOSED.refuse(series);
    }

    /** A series plugin's veto, under the plugin's own code. */
    static ZhichengException vetoed(EligibilityRule.Veto veto) {
        return Refusal.SERIES_VETO.refuseAs(veto.code(), veto.chineseReason(), veto.englishReason());
    }

    public static ZhichengException noCampaign(int year) {
        return Refusal.NO_CAMPAIGN.refuse(year);
    }

    static ZhichengException outsideApplicationWindow(Campaign.Period window, LocalDate today) {
        return Refusal.OUTSIDE_APPLICATION_WINDOW.refuse(window.first(), window.last(), today);
    }

    static ZhichengException resubmissionLate(LocalDate deadline) {
        return Refusal.RESUBMISSION_LATE.refuse(deadline);
    }

    static ZhichengException outsideReviewWindow(Campaign.Period window, LocalDate today) {
        return Refusal.OUTSIDE_REVIEW_WINDOW.refuse(window.first(), window.last(), today);
    }

    // One refusal per act that needs the file in a given status, so that a caller can tell them apart by code; the
    // status is named in words (已提交), never by its code.

    static ZhichengException notAwaitingEmployerReview(ApplicationStatus actual) {
        return Refusal.NOT_AWAITING_EMPLOYER_REVIEW.refuse(actual.officialTerm(), actual.englishTerm());
    }

    static ZhichengException objectionOutsidePublicity(ApplicationStatus actual) {
        return Refusal.OBJECTION_OUTSIDE_PUBLICITY.refuse(actual.officialTerm(), actual.englishTerm());
    }

    static ZhichengException noPublicityToResolve(ApplicationStatus actual) {
        return Refusal.NO_PUBLICITY_TO_RESOLVE.refuse(actual.officialTerm(), actual.englishTerm());
    }

    static ZhichengException recommendOutsidePublicity(ApplicationStatus actual) {
        return Refusal.NOT_IN_PUBLICITY.refuse(actual.officialTerm(), actual.englishTerm());
    }

    static ZhichengException materialNotRecommended(ApplicationStatus actual) {
        return Refusal.NOT_RECOMMENDED.refuse(actual.officialTerm(), actual.englishTerm());
    }

    /** the fee is paid only once the file shows 已接收材料. */
    static ZhichengException feeBeforeMaterialReceived(ApplicationStatus actual) {
        return Refusal.FEE_BEFORE_MATERIAL_RECEIVED.refuse(actual.officialTerm(), actual.englishTerm());
    }

    /** A refused, withdrawn, revoked or certified file is final. */
    static ZhichengException fileFinal(ApplicationStatus actual) {
        return Refusal.FILE_FINAL.refuse(actual.officialTerm(), actual.englishTerm());
    }

    public static ZhichengException feeNotPaid(ApplicationStatus actual) {
        return Refusal.FEE_NOT_PAID.refuse(actual.officialTerm(), actual.englishTerm());
    }

    public static ZhichengException notUnderEvaluation(ApplicationStatus actual) {
        return Refusal.NOT_UNDER_EVALUATION.refuse(actual.officialTerm(), actual.englishTerm());
    }


    static ZhichengException noOpenObjection() {
        return Refusal.NO_OPEN_OBJECTION.refuse();
    }

    static ZhichengException publicityNotOver(LocalDate lastDay) {
        return Refusal.PUBLICITY_NOT_OVER.refuse(lastDay);
    }

    static ZhichengException objectionOpen(int count) {
        return Refusal.OBJECTION_OPEN.refuse(count);
    }

    static ZhichengException feeLate(LocalDate deadline) {
        return Refusal.FEE_LATE.refuse(deadline);
    }

    static ZhichengException wrongFee(int owed, int paid) {
        return Refusal.WRONG_FEE.refuse(owed, paid);
    }

    static ZhichengException banned(int throughYear) {
        return Refusal.BANNED_FOR_FALSIFICATION.refuse(throughYear);
    }

    static ZhichengException selfEvaluation(SelfEvaluatingUniversities.University university) {
        return Refusal.SELF_EVALUATING_UNIVERSITY.refuse(university.name(), university.phone());
    }

    static ZhichengException entrustmentLetterMissing() {
        return Refusal.ENTRUSTMENT_LETTER_MISSING.refuse();
    }

    /** The file is submitted (or further on): only a draft or a returned file changes. */
    public static ZhichengException notEditable(String what) {
        return Refusal.NOT_EDITABLE.refuse(what);
    }

    /** every required field filled and the commitment (Annex 3) signed before the file is submitted. */
    public static ZhichengException incompleteFile(List<String> missing) {
        return Refusal.INCOMPLETE_FILE.refuse(String.join("；", missing), missing.size());
    }

    public static ZhichengException unknownSection(String sectionId) {
        return Refusal.UNKNOWN_SECTION.refuse(sectionId);
    }

    static ZhichengException noEntrustmentNeeded() {
        return Refusal.NO_ENTRUSTMENT_NEEDED.refuse();
    }

    /** a computed scoring item gets its points from the file's seniority, not from the expert. */
    static ZhichengException computedItem(String itemName) {
        return Refusal.ITEM_COMPUTED.refuse(itemName);
    }

    /** A draft or returned file of a series whose plugin is removed: no (re)submission until it accepts again. */
    static ZhichengException submissionSuspended(String seriesName) {
        return Refusal.SUBMISSION_SUSPENDED.refuse(seriesName);
    }

    // ---- the workflow table (issue 13): withdrawal and the guard on every status change

    /** a file is withdrawn only before its material is received. */
    public static ZhichengException notWithdrawable(ApplicationStatus status) {
        return Refusal.NOT_WITHDRAWABLE.refuse(status.officialTerm(), status.englishTerm());
    }

    /** The guard on every status change: the workflow table has no such move; never reached when each act checks first. */
    public static ZhichengException notInWorkflow(ApplicationStatus status, org.zhicheng.api.workflow.WorkflowAct act) {
        return Refusal.NOT_IN_WORKFLOW.refuse(status.officialTerm(), status.englishTerm(), act.officialTerm(),
                act.englishTerm());
    }

    // ---- the committee meeting (issue 14): membership, quorum, recusal, secret ballot, minutes

    /** Regulation (MOHRSS order No. 40): a committee has an odd number of members. */
    public static ZhichengException membersEven(int count) {
        return Refusal.MEMBERS_EVEN.refuse(count);
    }

    /** Regulation: a senior committee has at least 25 members, one built for a single specialty at least 11. */
    public static ZhichengException committeeTooSmall(int count, int minimum, boolean singleSpecialty) {
        return Refusal.COMMITTEE_TOO_SMALL.variant(singleSpecialty ? "specialty" : null).refuse(minimum, count);
    }

    /** A member holds a title at least as high as the levels the committee evaluates. */
    public static ZhichengException memberTitleTooLow(String name, org.zhicheng.api.domain.TitleLevel title,
                                                      org.zhicheng.api.domain.TitleLevel required) {
        return Refusal.MEMBER_TITLE_TOO_LOW.refuse(name, title.officialTerm(), required.officialTerm(),
                title.name().toLowerCase(), required.name().toLowerCase());
    }

    public static ZhichengException termTooLong(String name, int maxYears) {
        return Refusal.TERM_TOO_LONG.refuse(name, maxYears);
    }

    public static ZhichengException committeeNeedsChair() {
        return Refusal.NO_CHAIR.refuse();
    }

    public static ZhichengException memberNotInPool(String name) {
        return Refusal.MEMBER_NOT_IN_POOL.refuse(name);
    }

    public static ZhichengException duplicateMember(String expertId) {
        return Refusal.DUPLICATE_MEMBER.refuse(expertId);
    }

    public static ZhichengException meetingInProgress() {
        return Refusal.MEETING_IN_PROGRESS.refuse();
    }

    public static ZhichengException unknownMeeting(long meetingId) {
        return Refusal.UNKNOWN_MEETING.refuse(meetingId);
    }

    /** The meeting is not at the step the act needs. */
    public static ZhichengException meetingStatus(org.zhicheng.api.meeting.MeetingStatus status, String actChinese, String actEnglish) {
        return Refusal.MEETING_STATUS.refuse(status.officialTerm(), actChinese, status.name().toLowerCase(), actEnglish);
    }

    /** Regulation: at least two thirds of the members attend. */
    public static ZhichengException noQuorum(int present, int members, int needed) {
        return Refusal.NO_QUORUM.refuse(present, members, needed);
    }

    public static ZhichengException notAMember(String expertId) {
        return Refusal.NOT_A_MEMBER.refuse(expertId);
    }

    /** Regulation: absent members cannot delegate their vote or vote afterwards. */
    public static ZhichengException notPresent(String expertId) {
        return Refusal.NOT_PRESENT.refuse(expertId);
    }

    public static ZhichengException notACandidate(long applicationId) {
        return Refusal.NOT_A_CANDIDATE.refuse(applicationId);
    }

    public static ZhichengException recused(String expertId, long applicationId) {
        return Refusal.RECUSED.refuse(expertId, applicationId);
    }

    /** A secret ballot is final. */
    public static ZhichengException alreadyVoted(long applicationId) {
        return Refusal.ALREADY_VOTED.refuse(applicationId);
    }

    public static ZhichengException notPresiding() {
        return Refusal.NOT_PRESIDING.refuse();
    }

    /** a tie across the pass rate's edge is the chair's to decide, never broken silently. */
    public static ZhichengException tieUnresolved(java.util.List<Long> tied, int seats) {
        return Refusal.TIE_UNRESOLVED.refuse(tied.size(), tied.toString(), seats);
    }

    /** naming tied candidates when the ballot left no tie. */
    public static ZhichengException noTie() {
        return Refusal.NO_TIE.refuse();
    }

    // ---- security hardening (issue 15)

    /** an objection comes from a colleague, not from the file's own applicant. */
    public static ZhichengException objectionByOwnApplicant() {
        return Refusal.OBJECTION_BY_APPLICANT.refuse();
    }

    /** the account that approved the file opened its publicity and cannot object to it. */
    public static ZhichengException objectionByApprover() {
        return Refusal.OBJECTION_BY_APPROVER.refuse();
    }

    /** Issue 15: a new password's length. */
    public static ZhichengException passwordTooShort(int min) {
        return Refusal.WEAK_PASSWORD.variant("short").refuseOn("password", min);
    }

    public static ZhichengException passwordTooLong(int max) {
        return Refusal.INVALID_INPUT.variant("passwordTooLong").refuseOn("password", max);
    }

    /** Issue 15: not the user name. */
    public static ZhichengException passwordIsUsername() {
        return Refusal.WEAK_PASSWORD.variant("username").refuseOn("password");
    }

    /** Issue 15: not on the list of common passwords. */
    public static ZhichengException passwordTooCommon() {
        return Refusal.WEAK_PASSWORD.refuseOn("password");
    }
}
