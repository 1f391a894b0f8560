package org.zhicheng.core.internal;

import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.EMPLOYER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;

/** Files driven through the real review chain of 2023, as the people in it would drive them. */
final class TestFiles {

    private TestFiles() {
    }

    /**
     * Filed on Monday 2023-08-14, approved by the employer, recommended after the publicity on 08-21, accepted,
     * paid and sent to the committee; the platform date is 08-21 afterwards.
     */
    static Application underEvaluation(ApplicationServiceImpl applications, FileContentService contents,
                                       EvaluationServiceImpl evaluation, CampaignRegistry campaigns, NewApplication request) {
        TestCampaigns.setToday(campaigns, "2023-08-14");
        return underEvaluation(applications, contents, evaluation, campaigns, applications.createDraft(request, APPLICANT));
    }

    /** The same chain from a draft, completed and submitted on 2023-08-14; the platform date is 08-21 afterwards. */
    static Application underEvaluation(ApplicationServiceImpl applications, FileContentService contents,
                                       EvaluationServiceImpl evaluation, CampaignRegistry campaigns, Application draft) {
        TestCampaigns.setToday(campaigns, "2023-08-14");
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), EMPLOYER, "同意推荐");
        TestCampaigns.setToday(campaigns, "2023-08-21");
        Application recommended = applications.recommend(approved.id(), approved.version(), EMPLOYER);
        Application received = applications.acceptMaterial(recommended.id(), recommended.version(), COUNTY_BUREAU);
        Application paid = applications.recordFeePayment(received.id(), received.version(), new FeePayment(received.id(),
                applications.feeFor(received.id(), TESTER), FeePayment.Method.QR_CODE, "WX-" + received.id(),
                LocalDate.of(2023, 8, 21), "committee-office"), COMMITTEE_OFFICE);
        return evaluation.startEvaluation(paid.id(), paid.version(), COMMITTEE_OFFICE);
    }

    /** Experts of the series from another employer, assigned to the file. */
    static void assign(EvaluationServiceImpl evaluation, long applicationId, String seriesCode, String... expertIds) {
        for (String id : expertIds) {
            evaluation.registerExpert(new Expert(id, "专家" + id, "新疆农业大学", Set.of(seriesCode), Set.of()), COMMITTEE_OFFICE);
        }
        evaluation.assignExperts(applicationId, List.of(expertIds), COMMITTEE_OFFICE);
    }

    /** Every item scored by the expert at the given share of its points (the computed ones the platform gives, R-12). */
    static void score(ScoringServiceImpl scoring, long applicationId, String expert, String share) {
        org.zhicheng.api.scoring.ScoringStandard standard = scoring.standardFor(applicationId);
        java.util.Map<String, java.math.BigDecimal> points = new java.util.HashMap<>();
        for (org.zhicheng.api.scoring.ScoringItem item : standard.items()) {
            if (!item.computed()) {
                points.put(item.id(), item.points().multiply(new java.math.BigDecimal(share)));
            }
        }
        scoring.submitScoreSheet(applicationId, TestActors.expert(expert), points);
    }
}
