package org.zhicheng.core.internal;

import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.EMPLOYER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * Files that passed the committee, for the services that come after it: each is driven through the real review
 * chain on the 2023 calendar (submission, the employer's opinion and publicity, recommendation, acceptance, fee) and
 * then set to PASSED by {@link #pass}, which stands in for the committee's vote until the evaluation service exists.
 */
public final class PassedFiles {

    private final JpaTemplate jpa;
    private final CampaignRegistry campaigns;
    private final AuditLogImpl audit;
    private final ApplicantServiceImpl applicants;
    private final ApplicationServiceImpl applications;
    private final FileContentServiceImpl contents;
    private int nextId = 100;

    public PassedFiles(JpaTemplate jpa, SeriesCatalog catalog, CampaignRegistry campaigns) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.audit = new AuditLogImpl(jpa);
        this.applicants = new TestCareers(jpa);
        this.applications = TestServices.applications(jpa, catalog, campaigns);
        this.contents = TestServices.fileContents(jpa, catalog);
    }

    /** The review chain's service, wired as in the container. */
    public ApplicationServiceImpl applications() {
        return applications;
    }

    /** The applicants' service the files were registered with. */
    public ApplicantServiceImpl applicants() {
        return applicants;
    }

    /** The file content service (sections, commitment) the files were filled with. */
    public FileContentServiceImpl contents() {
        return contents;
    }

    /**
     * A 2023 file of a new applicant with this name, recommended by its employer after the publicity; the platform date
     * ends on 2023-08-21 (set it again afterwards).
     */
    public Application recommended(String fullName, String seriesCode, String specialty, TitleLevel level) {
        TestCampaigns.setToday(campaigns, "2023-08-14");
        Applicant applicant = applicants.register(new NewApplicant(fullName,
                ResidentIdNumber.completing("65290119800101" + nextId++), "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, seriesCode, specialty, level,
                Channel.A_PREFECTURE_DIRECTED), APPLICANT);
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), EMPLOYER, "同意推荐");
        TestCampaigns.setToday(campaigns, "2023-08-21"); // after the five working days of publicity
        return applications.recommend(approved.id(), approved.version(), EMPLOYER);
    }

    /** {@link #recommended}, then its material accepted by the county bureau (已接收材料). */
    public Application received(String fullName, String seriesCode, String specialty, TitleLevel level) {
        Application recommended = recommended(fullName, seriesCode, specialty, level);
        return applications.acceptMaterial(recommended.id(), recommended.version(), COUNTY_BUREAU);
    }

    /**
     * A 2023 file of a new applicant with this name, its fee paid; the platform date ends on 2023-08-21 (set it
     * again afterwards).
     */
    public Application feePaid(String fullName, String seriesCode, String specialty, TitleLevel level) {
        Application received = received(fullName, seriesCode, specialty, level);
        return applications.recordFeePayment(received.id(), received.version(), new FeePayment(received.id(),
                applications.feeFor(received.id(), TESTER), FeePayment.Method.QR_CODE, "WX-" + received.id(),
                LocalDate.of(2023, 8, 21), "committee-office"), COMMITTEE_OFFICE);
    }

    /** {@link #feePaid}, then passed by the stand-in for the committee's vote. */
    public Application passed(String fullName, String seriesCode, String specialty, TitleLevel level) {
        Application paid = feePaid(fullName, seriesCode, specialty, level);
        pass(paid.id());
        return applications.find(paid.id(), TESTER).orElseThrow();
    }

    /**
     * TEST ONLY: stands in for the committee's vote until the evaluation service exists; moves the file to
     * PASSED through the same history and audit log as every other change.
     */
    public void pass(long applicationId) {
        jpa.tx(TransactionType.Required, em -> {
            ApplicationEntity application = em.find(ApplicationEntity.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
            StatusJumps.jump(em, audit, application, ApplicationStatus.PASSED, "committee-office", "test: passed");
        });
    }
}
