package org.zhicheng.core.internal;

import org.junit.jupiter.api.AfterEach;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;

/**
 * Core's file services over a fresh Derby database for each test, wired as SCR wires them in the container: the set-up
 * the file tests share. A test class calls {@link #openCore} first in its own {@code @BeforeEach}, then declares its
 * series on {@link #store} and makes what else it tests; the database is closed after each test.
 */
abstract class CoreTestSupport {

    protected DerbyJpa jpa;
    protected SeriesStore store;
    protected CampaignRegistry campaigns;
    protected AuditLogImpl audit;
    /** Registers applicants with a professional record that opens every level ({@link TestCareers}). */
    protected ApplicantServiceImpl applicants;
    protected ApplicationServiceImpl applications;
    protected FileContentServiceImpl contents;
    protected ScoringServiceImpl scoring;
    protected EvaluationServiceImpl evaluation;

    /** The services on the platform date {@code today} (yyyy-MM-dd), with the campaigns of the given years. */
    protected void openCore(String today, int... years) throws Exception {
        jpa = new DerbyJpa();
        store = new SeriesStore(jpa);
        campaigns = TestCampaigns.registry(today, years);
        audit = new AuditLogImpl(jpa);
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, store, campaigns);
        contents = TestServices.fileContents(jpa, store);
        scoring = new ScoringServiceImpl(jpa, store, audit, campaigns);
        evaluation = new EvaluationServiceImpl(jpa, scoring, audit, store);
    }

    @AfterEach
    void closeCore() {
        if (jpa != null) {
            jpa.close();
        }
    }
}
