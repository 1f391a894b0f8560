package org.zhicheng.api.review;

import org.zhicheng.api.domain.ApplicationStatus;

/**
 * A reviewer's queue filter; null or blank means "any".
 *
 * @param pendingOnly only the files waiting for an act of the actor's role (待我办理)
 * @param text        the beginning of the applicant's name or ID number, or the file's number (第12号)
 */
public record ReviewQuery(boolean pendingOnly, String text, String seriesCode, ApplicationStatus status) {

    public ReviewQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        seriesCode = seriesCode == null || seriesCode.isBlank() ? null : seriesCode.trim();
    }

    public static ReviewQuery pending() {
        return new ReviewQuery(true, null, null, null);
    }
}
