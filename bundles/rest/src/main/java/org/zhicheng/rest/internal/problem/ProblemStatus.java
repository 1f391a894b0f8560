package org.zhicheng.rest.internal.problem;

import java.util.Set;

/**
 * The one place that decides which HTTP status a refusal code ({@code ZhichengException.code()}) gets:
 *
 * <table>
 *   <caption>Refusal codes and HTTP statuses</caption>
 *   <tr><th>Status</th><th>Codes</th><th>Meaning</th></tr>
 *   <tr><td>400</td><td>INVALID_INPUT, MALFORMED_JSON</td><td>the request itself is wrong (a field missing or
 *       invalid, e.g. a 身份证号 with a wrong check character; a body that is not JSON)</td></tr>
 *   <tr><td>403</td><td>FORBIDDEN, NOT_ASSIGNED</td><td>the caller is authenticated but the file (or act) is not
 *       theirs: another applicant's file, another unit's staff, another county or series, an expert's unassigned
 *       file</td></tr>
 *   <tr><td>404</td><td>UNKNOWN_* (UNKNOWN_SERIES, UNKNOWN_APPLICANT, UNKNOWN_APPLICATION, UNKNOWN_SPECIALTY, ...)</td>
 *       <td>what the path or the body names does not exist</td></tr>
 *   <tr><td>409</td><td>{@link #CONFLICTS}</td><td>the request is valid but conflicts with the current state: of
 *       the file (its version, status, submissions), of the applicant's year (one channel per year), of the series
 *       (suspended) or of the calendar (outside the window, late)</td></tr>
 *   <tr><td>422</td><td>every other code, e.g. EXAM_ONLY_LEVEL, LEVEL_NOT_EVALUATED, CHANNEL_C_CLOSED, NO_CAMPAIGN,
 *       WRONG_FEE, the ITEM_* checks of score sheets, the conflicts of interest of an expert (EXPERT_NOT_IN_SERIES,
 *       CONFLICT_SAME_EMPLOYER, CONFLICT_DECLARED_RELATION), NO_DEFENSE, INVALID_PASS_RATE, VOTE_MISSING,
 *       MEETING_OUTSIDE_WINDOW, and the codes of series plugins' vetoes (R-03)</td>
 *       <td>a well-formed request that the rules refuse; retrying it unchanged will not help</td></tr>
 * </table>
 *
 * A new code of core or of a plugin is therefore 422 until it is listed here.
 */
public final class ProblemStatus {

    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int UNPROCESSABLE = 422;

    /** The codes answered with 409 Conflict. */
    static final Set<String> CONFLICTS = Set.of(
            "STALE_VERSION", "DUPLICATE_ID_NUMBER", "NOT_SUBMITTABLE", "NOT_RETURNABLE", "NOT_SCORABLE", "ALREADY_SCORED",
            "ONE_CHANNEL_PER_YEAR", "SUBMISSION_LIMIT", "SERIES_SUSPENDED", "OUTSIDE_APPLICATION_WINDOW",
            "RESUBMISSION_LATE", "OUTSIDE_REVIEW_WINDOW", "NO_OPEN_OBJECTION", "PUBLICITY_NOT_OVER",
            "OBJECTION_OPEN", "FEE_LATE", "ALREADY_CERTIFIED", "ALREADY_REVOKED", "CERTIFICATES_NOT_YET",
            "FILING_LATE", "FILING_TOO_EARLY", "BANNED_FOR_FALSIFICATION", "USERNAME_TAKEN", "APPLICANT_HAS_ACCOUNT",
            // the file is not in the status the act needs (each act its own code)
            "NOT_AWAITING_EMPLOYER_REVIEW", "OBJECTION_OUTSIDE_PUBLICITY", "NO_PUBLICITY_TO_RESOLVE", "NOT_IN_PUBLICITY",
            "NOT_RECOMMENDED", "FEE_BEFORE_MATERIAL_RECEIVED", "FILE_FINAL", "FEE_NOT_PAID", "NOT_UNDER_EVALUATION",
            // the evaluation and the certificate: the file or the committee is not (yet) where the request needs it
            "NOT_PASSED", "NOT_SCORED", "DEFENSE_MISSING", "NO_CANDIDATES", "NO_QUALIFICATION_DOCUMENT",
            // the room is taken then, or the file no longer needs a hearing
            "PLACE_TAKEN", "DEFENSE_DONE", "DEFENSE_EXEMPT",
            // Annex 4: one approved exemption form per year
            "ALREADY_EXEMPT",
            // the file can no longer take attachments or sections, or lacks its entrustment letter
            "NOT_EDITABLE", "ENTRUSTMENT_LETTER_MISSING",
            // a required field of the file is empty or the personal commitment unsigned
            "INCOMPLETE_FILE",
            // two configurations claim the same evaluation year: an administrator resolves it in the console
            "AMBIGUOUS_CONFIGURATION",
            // a suspended series (plugin removed) takes no submission until it accepts again
            "SUBMISSION_SUSPENDED",
            // units: the credit code is on record; the unit is no longer (or not yet) a proposal, or awaits confirmation
            "DUPLICATE_CREDIT_CODE", "UNIT_NOT_PROPOSED", "UNIT_NOT_CONFIRMED");

    private ProblemStatus() {
    }

    public static int of(String code) {
        if (code == null) {
            return UNPROCESSABLE;
        }
        if (code.equals("INVALID_INPUT") || code.equals("MALFORMED_JSON")) {
            return BAD_REQUEST;
        }
        if (code.equals("FORBIDDEN") || code.equals("NOT_ASSIGNED")) {
            return FORBIDDEN;
        }
        if (code.startsWith("UNKNOWN_")) {
            return NOT_FOUND;
        }
        return CONFLICTS.contains(code) ? CONFLICT : UNPROCESSABLE;
    }
}
