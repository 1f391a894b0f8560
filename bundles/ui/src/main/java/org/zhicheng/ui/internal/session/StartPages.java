package org.zhicheng.ui.internal.session;

import org.zhicheng.api.security.Role;

/** Where each role starts after logging in (and lands when it opens another role's page). */
public final class StartPages {

    public static final String APPLICANT = "applicant/files";
    public static final String REVIEW = "review";
    public static final String EXPERT = "expert/files";
    public static final String COMMITTEE = "committee";
    public static final String ADMIN = "admin/accounts";

    private StartPages() {
    }

    public static String of(Role role) {
        return switch (role) {
            case APPLICANT -> APPLICANT;
            case EMPLOYER, COUNTY_BUREAU, SERIES_DEPARTMENT, INTEGRATION, SYSTEM -> REVIEW;
            case EXPERT -> EXPERT;
            case COMMITTEE_OFFICE -> COMMITTEE;
            case ADMIN -> ADMIN;
        };
    }
}
