package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.service.ZhichengException;

/** Rules that series plugins ship as code, enforced by core in the running platform. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SeriesRulesTests extends ContainerTestSupport {

    @Test
    public void seniorEconomistNeedsAValidExamResult_R33() {
        Await.until("economics accepting", STATE_TIMEOUT, () -> catalog.find("economics").map(s -> s.accepting()).orElse(false));
        Applicant economist = withCareer(applicants.register(new NewApplicant("经济师", TestData.idNumber(), TestData.token("阿克苏地区财政局-"),
                Tier.PREFECTURE_DIRECT, ""), IT));
        NewApplication senior = new NewApplication(economist.id(), 2023, "economics", "财政经济专业", TitleLevel.SENIOR_ASSOCIATE,
                Channel.A_PREFECTURE_DIRECTED);

        assertVetoed(senior);
        applicants.recordExamResult(new ExamResult(economist.id(), ExamResult.SENIOR_ECONOMICS, 2018, true), IT);
        assertVetoed(senior); // 2018 at the national standard: valid 2018-2022 only
        applicants.recordExamResult(new ExamResult(economist.id(), ExamResult.SENIOR_ECONOMICS, 2021, true), IT);

        Application accepted = applications.createDraft(senior, as("it"));
        assertEquals(TitleLevel.SENIOR_ASSOCIATE, accepted.level());
        assertEquals(2, applicants.examResults(economist.id(), IT).size());
    }

    private void assertVetoed(NewApplication application) {
        try {
            applications.createDraft(application, as("it"));
            fail("a senior economist application without a valid exam result was accepted");
        } catch (ZhichengException expected) {
            assertEquals("SENIOR_ECONOMICS_EXAM_REQUIRED", expected.code());
            assertTrue(expected.chineseMessage().startsWith("申报高级经济师须有有效的全国高级经济专业技术资格考试成绩"));
        }
        assertTrue(applications.forApplicant(application.applicantId(), IT).isEmpty());
    }
}
