package org.zhicheng.api.service;

import org.zhicheng.api.domain.ApplicationStatus;

/**
 * What a reviewer's queue shows; null means "any". The actor's own scope (unit, county, series) always applies on
 * top of it.
 */
public record ApplicationFilter(Integer evaluationYear, String seriesCode, ApplicationStatus status, String employer) {

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null);
    }

    public ApplicationFilter {
        seriesCode = seriesCode == null || seriesCode.isBlank() ? null : seriesCode.trim();
        employer = employer == null || employer.isBlank() ? null : employer.trim();
    }
}
