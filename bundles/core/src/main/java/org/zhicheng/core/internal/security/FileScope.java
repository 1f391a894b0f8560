package org.zhicheng.core.internal.security;

import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * The facts about a file (or an applicant, when {@code seriesCode} is null) that decide who covers it: whose it
 * is, the unit (by id when on record, else by name), the unit's county and the series.
 */
public record FileScope(long applicantId, String employer, String county, String seriesCode, Long unitId) {

    /** A file or applicant of no unit on record. */
    public FileScope(long applicantId, String employer, String county, String seriesCode) {
        this(applicantId, employer, county, seriesCode, null);
    }

    public static FileScope of(ApplicationEntity application) {
        ApplicantEntity applicant = application.getApplicant();
        return new FileScope(applicant.getId(), applicant.getEmployer(), applicant.getCounty(), application.getSeriesCode(),
                applicant.getUnitId());
    }

    public static FileScope of(ApplicantEntity applicant) {
        return new FileScope(applicant.getId(), applicant.getEmployer(), applicant.getCounty(), null, applicant.getUnitId());
    }

    /** A series as a whole (committee meetings, filings), with no applicant. */
    public static FileScope ofSeries(String seriesCode) {
        return new FileScope(-1, null, null, seriesCode);
    }

    public String subject() {
        return seriesCode == null ? "申报人" + applicantId : applicantId < 0 ? seriesCode + "系列" : "该申报";
    }
}
