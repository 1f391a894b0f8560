package org.zhicheng.core.internal;

import java.time.LocalDate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.career.CareerServiceImpl;

/**
 * Applicants registered with a professional record that opens every level of the test series: professional
 * work since 2005-07-01, 工程师 appointed 2012-07-01 (11 full years to 2023-12-31), 大学本科.
 */
final class TestCareers extends ApplicantServiceImpl {

    private final CareerServiceImpl careers;

    TestCareers(JpaTemplate jpa) {
        super(jpa);
        this.careers = careers(jpa);
    }

    static CareerServiceImpl careers(JpaTemplate jpa) {
        return new CareerServiceImpl(jpa, TestCampaigns.registry("2023-08-01", 2023), new AuditLogImpl(jpa));
    }

    static CareerRecord engineer(long applicantId) {
        return new CareerRecord(applicantId, LocalDate.of(2005, 7, 1), "工程师", LocalDate.of(2012, 7, 1), "大学本科",
                null, null, 0, true);
    }

    @Override
    public Applicant register(NewApplicant applicant, Actor actor) {
        Applicant registered = super.register(applicant, actor);
        careers.record(engineer(registered.id()), TestActors.TESTER);
        return registered;
    }
}
