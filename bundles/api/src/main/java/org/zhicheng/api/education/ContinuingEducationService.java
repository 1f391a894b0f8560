package org.zhicheng.api.education;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * Continuing-education records and the check of an application against them. Implemented by the
 * platform's core only (since 2.1: {@link #exemptions}).
 */
@ProviderType
public interface ContinuingEducationService {

    /**
     * Records hours. From the years the platform keeps records (professional from 2021, public from 2022, R-18)
     * only the platform's own records count; earlier years come as uploaded certificates.
     */
    EducationRecord record(EducationRecord record, Actor actor);

    List<EducationRecord> records(long applicantId, Actor actor);

    /** An approved exemption form (Annex 4: 访惠聚 office or United Front department) replaces a year's hours. */
    void recordExemption(long applicantId, int year, String approvedBy, String reference, Actor actor);

    /** The applicant's approved exemption forms (Annex 4), by year; read by whoever may read the applicant's records. */
    List<EducationExemption> exemptions(long applicantId, Actor actor);

    /** The application's requirement: the series' rule or the prefecture's, and private enterprises'. */
    EducationCheck check(long applicationId, Actor actor);
}
