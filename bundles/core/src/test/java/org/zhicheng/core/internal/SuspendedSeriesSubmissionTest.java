package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zhicheng.core.internal.TestActors.EMPLOYER;
import static org.zhicheng.core.internal.TestActors.REVIEWER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * A series whose plugin is removed (暂停受理): no file is submitted or resubmitted, files already submitted go on
 * through review, and once the plugin is back the draft submits.
 */
class SuspendedSeriesSubmissionTest {

    private static final String FORESTRY = TestDescriptors.series("forestry", "林业系列",
            "<specialty name=\"林业专业\"><committee levels=\"中级\" unit=\"地区林业和草原局\" phone=\"0997-6797234\"/></specialty>");

    private static DerbyJpa jpa;
    private static SeriesStore series;
    private static ApplicantServiceImpl applicants;
    private static ApplicationServiceImpl applications;
    private static FileContentServiceImpl contents;
    private static int nextId = 300;

    @BeforeAll
    static void start() throws Exception {
        jpa = new DerbyJpa();
        series = new SeriesStore(jpa);
        TestDescriptors.declare(series, FORESTRY, List.of("中"));
        applicants = new TestCareers(jpa); // each with a record that opens a file
        applications = TestServices.applications(jpa, series, TestCampaigns.registry("2023-08-01", 2023));
        contents = TestServices.fileContents(jpa, series);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Application filledDraft() {
        String first17 = "65290119800101" + String.format("%03d", nextId++);
        long applicant = applicants.register(new NewApplicant("测试申报人", ResidentIdNumber.completing(first17),
                "阿克苏地区林业和草原局", Tier.PREFECTURE_DIRECT, "0997-0000000"), TESTER).id();
        Application draft = applications.createDraft(new NewApplication(applicant, 2023, "forestry", "林业专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), TESTER);
        CompleteFiles.complete(contents, draft.id(), TESTER);
        return draft;
    }

    @Test
    void aSuspendedSeriesTakesNoSubmissionButSubmittedFilesContinue_R08_R14() throws Exception {
        Application draft = filledDraft();
        Application returnedDraft = filledDraft();
        Application returned = applications.returnForRevision(returnedDraft.id(),
                applications.submit(returnedDraft.id(), returnedDraft.version(), TESTER).version(), REVIEWER, "学历证明不清晰");
        Application submittedDraft = filledDraft();
        Application submitted = applications.submit(submittedDraft.id(), submittedDraft.version(), TESTER);

        series.suspend("forestry", "org.zhicheng.series.forestry");
        try {
            ZhichengException refused = assertThrows(ZhichengException.class,
                    () -> applications.submit(draft.id(), draft.version(), TESTER));
            assertEquals("SUBMISSION_SUSPENDED", refused.code());
            assertEquals("林业系列暂停受理，申报暂不能提交；恢复受理后可再提交，已提交的申报继续审核", refused.chineseMessage());
            assertFalse(refused.chineseMessage().contains("SUSPENDED"));
            ZhichengException resubmission = assertThrows(ZhichengException.class,
                    () -> applications.submit(returned.id(), returned.version(), TESTER));
            assertEquals("SUBMISSION_SUSPENDED", resubmission.code());
            // nothing changed: still a draft and a returned file, no submission counted, no history written
            Application stillDraft = applications.find(draft.id(), TESTER).orElseThrow();
            assertEquals(ApplicationStatus.DRAFT, stillDraft.status());
            assertEquals(0, stillDraft.submissionCount());
            assertEquals(1, applications.history(draft.id(), TESTER).size());
            assertEquals(ApplicationStatus.RETURNED, applications.find(returned.id(), TESTER).orElseThrow().status());

            // a file submitted before goes on through review (the employer's approval starts its publicity, R-20)
            Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), EMPLOYER, "情况属实，同意推荐");
            assertEquals(ApplicationStatus.IN_PUBLICITY, approved.status());
        } finally {
            TestDescriptors.declare(series, FORESTRY, List.of("中")); // the plugin is back: 受理中
        }
        Application now = applications.submit(draft.id(), draft.version(), TESTER);
        assertEquals(ApplicationStatus.SUBMITTED, now.status());
    }
}
