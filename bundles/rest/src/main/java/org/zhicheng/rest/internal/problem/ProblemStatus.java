package org.zhicheng.rest.internal.problem;

import org.zhicheng.api.service.Refusal;

/**
 * The HTTP statuses of problems. A refusal's status is the catalogue's ({@link Refusal#status()}, carried by the
 * exception as {@code ZhichengException.status()}; the table of all of them is {@code docs/refusals.md}): 400 the request
 * itself is wrong, 403 not the caller's, 404 what it names does not exist, 409 a conflict with the current state, 422 a
 * well-formed request that the rules refuse, which is also the status of a code the catalogue does not list (a series
 * plugin's veto, R-03). The REST edge's own problems (unreadable JSON, unknown route, ...) use these constants.
 */
public final class ProblemStatus {

    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int UNPROCESSABLE = 422;

    private ProblemStatus() {
    }

    /** The status of a refusal code, as the catalogue has it. */
    public static int of(String code) {
        return Refusal.statusOf(code);
    }
}
