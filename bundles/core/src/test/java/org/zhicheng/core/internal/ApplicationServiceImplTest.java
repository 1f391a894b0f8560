package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.COUNTY_REVIEWER;
import static org.zhicheng.core.internal.TestActors.REVIEWER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.EligibilityRule;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Core services on the real persistence unit and a real Derby database. */
class ApplicationServiceImplTest {

    private static final String HEALTH = TestDescriptors.series("health", "卫生健康系列", """
              <specialty name="临床医学">
                <committee levels="正高 副高" unit="地区卫生健康委员会" phone="0997-2123456"/>
                <committee levels="中级 助理 员级" examOnly="true"/>
              </specialty>""");
    private static final String ENGINEERING = TestDescriptors.series("engineering", "工程系列", """
              <specialty name="水利专业">
                <committee levels="副高 中级 助理" unit="地区水利局" phone="0997-2129001"/>
              </specialty>""").replace("privateEnterpriseChannel=\"false\"", "privateEnterpriseChannel=\"true\"");

    private static DerbyJpa jpa;
    private static CampaignRegistry campaigns;
    private static SeriesStore series;
    private static ApplicantServiceImpl applicants;
    private static ApplicationServiceImpl applications;
    private static FileContentServiceImpl contents;
    private static int nextId = 100;

    @BeforeAll
    static void start() throws Exception {
        jpa = new DerbyJpa();
        series = new SeriesStore(jpa);
        campaigns = TestCampaigns.registry("2023-08-01", 2023);
        declare(HEALTH, List.of("高"));
        declare(ENGINEERING, List.of("高", "中", "初"));
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, series, campaigns);
        contents = TestServices.fileContents(jpa, series);
    }

    /** Every field filled and the commitment signed, so that the file may be submitted. */
    private static Application filled(Application draft) {
        CompleteFiles.complete(contents, draft.id(), TESTER);
        return draft;
    }

    private static void declare(String descriptor, List<String> grades) throws Exception {
        TestDescriptors.declare(series, descriptor, grades);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Applicant newApplicant() {
        String first17 = "65290119800101" + String.format("%03d", nextId++);
        return applicants.register(new NewApplicant("测试申报人", ResidentIdNumber.completing(first17), "阿克苏地区水利局",
                Tier.PREFECTURE_DIRECT, "0997-0000000"), TESTER);
    }

    private static NewApplication engineering(Applicant applicant, TitleLevel level) {
        return new NewApplication(applicant.id(), 2023, "engineering", "水利专业", level, Channel.A_PREFECTURE_DIRECTED);
    }

    @Test
    void registeredApplicantIsReadBackWithMaskedIdNumber() {
        Applicant applicant = newApplicant();
        Applicant read = applicants.find(applicant.id(), TESTER).orElseThrow();
        assertEquals("测试申报人", read.fullName());
        assertTrue(read.maskedIdNumber().contains("**********"));
        ZhichengException duplicate = assertThrows(ZhichengException.class, () -> applicants.register(
                new NewApplicant("另一人", ResidentIdNumber.completing("65290119800101" + String.format("%03d", nextId - 1)),
                        "X", Tier.TOWNSHIP, ""), TESTER));
        assertEquals("DUPLICATE_ID_NUMBER", duplicate.code());
    }

    @Test
    void examOnlyLevelIsRefused_R01() {
        Applicant applicant = newApplicant();
        ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(applicant.id(), 2023, "health", "临床医学", TitleLevel.INTERMEDIATE,
                        Channel.A_PREFECTURE_DIRECTED), TESTER));
        assertEquals("EXAM_ONLY_LEVEL", e.code());
        assertEquals("临床医学中级职称实行以考代评，不接受评审申报", e.chineseMessage());
        assertTrue(applications.forApplicant(applicant.id(), TESTER).isEmpty());
    }

    @Test
    void secondApplicationInTheSameYearIsRefused_R07() {
        Applicant applicant = newApplicant();
        applications.createDraft(engineering(applicant, TitleLevel.INTERMEDIATE), TESTER);
        ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(applicant.id(), 2023, "health", "临床医学", TitleLevel.SENIOR_ASSOCIATE,
                        Channel.B_RECOMMENDED), TESTER));
        assertEquals("ONE_CHANNEL_PER_YEAR", e.code());
        assertEquals(1, applications.forApplicant(applicant.id(), TESTER).size());
    }

    @Test
    void unknownSeriesSpecialtyAndLevelAreRefused() {
        Applicant applicant = newApplicant();
        assertEquals("UNKNOWN_SERIES", assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(applicant.id(), 2023, "astrology", "x", TitleLevel.JUNIOR, Channel.A_PREFECTURE_DIRECTED),
                TESTER)).code());
        assertEquals("UNKNOWN_SPECIALTY", assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(applicant.id(), 2023, "engineering", "林业专业", TitleLevel.INTERMEDIATE,
                        Channel.A_PREFECTURE_DIRECTED), TESTER)).code());
        assertEquals("LEVEL_NOT_EVALUATED", assertThrows(ZhichengException.class, () -> applications.createDraft(
                engineering(applicant, TitleLevel.SENIOR_FULL), TESTER)).code());
        assertEquals("UNKNOWN_APPLICANT", assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(999_999, 2023, "engineering", "水利专业", TitleLevel.INTERMEDIATE,
                        Channel.A_PREFECTURE_DIRECTED), TESTER)).code());
    }

    @Test
    void fourthSubmissionIsRefusedAndHistoryRecordsEveryStep_R14_R36() {
        Application draft = filled(applications.createDraft(engineering(newApplicant(), TitleLevel.INTERMEDIATE), APPLICANT));
        Application current = draft;
        for (int round = 1; round <= 3; round++) {
            current = applications.submit(current.id(), current.version(), APPLICANT);
            assertEquals(ApplicationStatus.SUBMITTED, current.status());
            assertEquals(round, current.submissionCount());
            current = applications.returnForRevision(current.id(), current.version(), COUNTY_REVIEWER, "学历证明不清晰");
        }
        Application returned = current;
        ZhichengException e = assertThrows(ZhichengException.class,
                () -> applications.submit(returned.id(), returned.version(), APPLICANT));
        assertEquals("SUBMISSION_LIMIT", e.code());
        assertEquals(ApplicationStatus.RETURNED, applications.find(returned.id(), TESTER).orElseThrow().status());

        List<StatusChange> history = applications.history(draft.id(), TESTER);
        assertEquals(7, history.size());
        assertEquals(ApplicationStatus.DRAFT, history.get(0).to());
        assertEquals("county-reviewer", history.get(2).actor());
        assertEquals("学历证明不清晰", history.get(2).reason());
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        Application draft = filled(applications.createDraft(engineering(newApplicant(), TitleLevel.ASSISTANT), APPLICANT));
        Application submitted = applications.submit(draft.id(), draft.version(), APPLICANT);
        ZhichengException e = assertThrows(ZhichengException.class,
                () -> applications.returnForRevision(draft.id(), draft.version(), REVIEWER, "理由"));
        assertEquals("STALE_VERSION", e.code());
        Application now = applications.find(draft.id(), TESTER).orElseThrow();
        assertEquals(ApplicationStatus.SUBMITTED, now.status());
        assertEquals(submitted.version(), now.version());
        assertEquals(2, applications.history(draft.id(), TESTER).size());
    }

    @Test
    void suspendedSeriesTakesNoApplicationButKeepsItsRows() throws Exception {
        declare(TestDescriptors.series("law", "公共法律服务系列",
                "<specialty name=\"公证员\"><committee levels=\"中级\" unit=\"地区司法局\" phone=\"0997-1\"/></specialty>"),
                List.of("中"));
        Applicant applicant = newApplicant();
        applications.createDraft(new NewApplication(applicant.id(), 2023, "law", "公证员", TitleLevel.INTERMEDIATE,
                Channel.A_PREFECTURE_DIRECTED), TESTER);
        series.suspend("law", "org.zhicheng.series.law");

        assertEquals(SeriesAvailability.SUSPENDED, series.find("law").orElseThrow().availability());
        assertEquals(1, applications.countForSeries("law"));
        ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(newApplicant().id(), 2023, "law", "公证员", TitleLevel.INTERMEDIATE,
                        Channel.A_PREFECTURE_DIRECTED), TESTER));
        assertEquals("公共法律服务系列暂停受理", e.chineseMessage());
    }

    @Test
    void channelCIsOpenOnlyWhereTheSeriesOpensIt_R06() {
        Unit company = TestUnits.create(jpa, "阿克苏某建筑有限公司", UnitType.PRIVATE_ENTERPRISE, "阿克苏市", Tier.COUNTY_CITY);
        ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(new NewApplication(
                staffOf(company).id(), 2023, "health", "临床医学", TitleLevel.SENIOR_ASSOCIATE, Channel.C_PRIVATE_ENTERPRISE), TESTER));
        assertEquals("CHANNEL_C_CLOSED", e.code());
        Application privateEngineer = applications.createDraft(new NewApplication(staffOf(company).id(), 2023, "engineering",
                "水利专业", TitleLevel.INTERMEDIATE, Channel.C_PRIVATE_ENTERPRISE), TESTER);
        assertEquals(Channel.C_PRIVATE_ENTERPRISE, privateEngineer.channel());
    }

    @Test
    void refusesChannelCForStaffOfAUnitThatIsNoPrivateEnterprise_R06() {
        Unit institute = TestUnits.create(jpa, "阿克苏地区水利水电勘测设计院", UnitType.PUBLIC_INSTITUTION, null,
                Tier.PREFECTURE_DIRECT);
        for (Applicant applicant : List.of(staffOf(institute), newApplicant())) { // a public institution; no unit on record
            ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(new NewApplication(
                    applicant.id(), 2023, "engineering", "水利专业", TitleLevel.INTERMEDIATE, Channel.C_PRIVATE_ENTERPRISE), TESTER));
            assertEquals("CHANNEL_C_PRIVATE_ONLY", e.code());
            assertTrue(e.chineseMessage().startsWith("民营企业专项评审仅限民营企业的专业技术人员"), e.chineseMessage());
            assertTrue(applications.forApplicant(applicant.id(), TESTER).isEmpty());
        }
        assertTrue(assertThrows(ZhichengException.class, () -> applications.createDraft(new NewApplication(staffOf(institute)
                .id(), 2023, "engineering", "水利专业", TitleLevel.INTERMEDIATE, Channel.C_PRIVATE_ENTERPRISE), TESTER))
                .chineseMessage().endsWith("是事业单位"));
    }

    private Applicant staffOf(Unit unit) {
        return applicants.register(NewApplicant.ofUnit("职工" + nextId, ResidentIdNumber.completing("65290119800101"
                + String.format("%03d", nextId++)), unit.id(), ""), TESTER);
    }

    @Test
    void aSeriesRuleVetoesWithItsOwnReasonAndNothingIsWritten_R03() {
        // a department's rule, as a plugin would publish it: township staff apply for 副高 only from next year
        EligibilityRule townshipSeniorsNextYear = request -> request.applicant().tier() == Tier.TOWNSHIP
                && request.level() == TitleLevel.SENIOR_ASSOCIATE && request.evaluationYear() < 2024
                ? Optional.of(new EligibilityRule.Veto("WATER_TOWNSHIP_SENIOR", "乡镇水利站人员2024年起申报副高",
                "township staff apply for 副高 from 2024")) : Optional.empty();
        applications.addRule(townshipSeniorsNextYear, Map.of(EligibilityRule.SERIES_PROPERTY, "engineering"));
        try {
            Applicant township = applicants.register(new NewApplicant("乡镇技术员", ResidentIdNumber.completing(
                    "65290119800101" + String.format("%03d", nextId++)), "托乎拉乡水利站", Tier.TOWNSHIP, ""), TESTER);
            ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(
                    engineering(township, TitleLevel.SENIOR_ASSOCIATE), TESTER));
            assertEquals("WATER_TOWNSHIP_SENIOR", e.code());
            assertEquals("乡镇水利站人员2024年起申报副高", e.chineseMessage());
            assertTrue(applications.forApplicant(township.id(), TESTER).isEmpty());
            // the rule has no objection to other levels, and rules of other series do not apply
            assertEquals(TitleLevel.INTERMEDIATE,
                    applications.createDraft(engineering(township, TitleLevel.INTERMEDIATE), TESTER).level());
        } finally {
            applications.removeRule(townshipSeniorsNextYear);
        }
        Application unvetoed = applications.createDraft(engineering(newApplicant(), TitleLevel.SENIOR_ASSOCIATE), TESTER);
        assertEquals(TitleLevel.SENIOR_ASSOCIATE, unvetoed.level());
    }

    @Test
    void filesAreOpenedAndFirstSubmittedOnlyInsideTheApplicationWindow_R08() {
        Applicant early = newApplicant();
        try {
            TestCampaigns.setToday(campaigns, "2023-07-14");
            ZhichengException before = assertThrows(ZhichengException.class,
                    () -> applications.createDraft(engineering(early, TitleLevel.INTERMEDIATE), TESTER));
            assertEquals("OUTSIDE_APPLICATION_WINDOW", before.code());
            assertEquals("申报时间为2023-07-15至2023-08-30，逾期或提前均不予受理", before.chineseMessage());
            assertTrue(applications.forApplicant(early.id(), TESTER).isEmpty());

            TestCampaigns.setToday(campaigns, "2023-08-30");
            Application draft = applications.createDraft(engineering(early, TitleLevel.INTERMEDIATE), TESTER);
            TestCampaigns.setToday(campaigns, "2023-08-31");
            ZhichengException late = assertThrows(ZhichengException.class,
                    () -> applications.submit(draft.id(), draft.version(), TESTER));
            assertEquals("OUTSIDE_APPLICATION_WINDOW", late.code());
            assertEquals(ApplicationStatus.DRAFT, applications.find(draft.id(), TESTER).orElseThrow().status());
        } finally {
            TestCampaigns.setToday(campaigns, "2023-08-01");
        }
        ZhichengException noCampaign = assertThrows(ZhichengException.class, () -> applications.createDraft(
                new NewApplication(newApplicant().id(), 2024, "engineering", "水利专业", TitleLevel.INTERMEDIATE,
                        Channel.A_PREFECTURE_DIRECTED), TESTER));
        assertEquals("NO_CAMPAIGN", noCampaign.code());
    }

    @Test
    void aReturnedFileComesBackWithinTwoDaysEvenAfterTheWindowClosed_R14() {
        try {
            TestCampaigns.setToday(campaigns, "2023-08-29");
            Application draft = filled(applications.createDraft(engineering(newApplicant(), TitleLevel.INTERMEDIATE), TESTER));
            Application submitted = applications.submit(draft.id(), draft.version(), TESTER);
            Application returned = applications.returnForRevision(submitted.id(), submitted.version(), REVIEWER, "学历证明不清晰");
            TestCampaigns.setToday(campaigns, "2023-08-31"); // window closed, deadline 08-29 + 2 days
            Application resubmitted = applications.submit(returned.id(), returned.version(), TESTER);
            assertEquals(ApplicationStatus.SUBMITTED, resubmitted.status());

            Application again = applications.returnForRevision(resubmitted.id(), resubmitted.version(), REVIEWER, "缺少继续教育证书");
            TestCampaigns.setToday(campaigns, "2023-09-03");
            ZhichengException late = assertThrows(ZhichengException.class,
                    () -> applications.submit(again.id(), again.version(), TESTER));
            assertEquals("RESUBMISSION_LATE", late.code());
            assertEquals("退回材料须在2023-09-02前重新提交，逾期不予受理", late.chineseMessage());
            assertEquals(ApplicationStatus.RETURNED, applications.find(again.id(), TESTER).orElseThrow().status());
        } finally {
            TestCampaigns.setToday(campaigns, "2023-08-01");
        }
    }

    @Test
    void falsifiedMaterialRefusesTheFileAndBansThreeYearsFromTheNext_R37() {
        Applicant applicant = newApplicant();
        Application draft = filled(applications.createDraft(engineering(applicant, TitleLevel.INTERMEDIATE), TESTER));
        Application submitted = applications.submit(draft.id(), draft.version(), TESTER);
        ZhichengException noFinding = assertThrows(ZhichengException.class,
                () -> applications.refuseForFalsification(submitted.id(), submitted.version(), COUNTY_BUREAU, ""));
        assertEquals("INVALID_INPUT", noFinding.code());
        Application refused = applications.refuseForFalsification(submitted.id(), submitted.version(), COUNTY_BUREAU,
                "学历证书经学信网核验为伪造");
        assertEquals(ApplicationStatus.REFUSED, refused.status());

        CampaignRegistry years = TestCampaigns.registry("2024-08-01", 2024, 2026, 2027);
        ApplicationServiceImpl later = TestServices.applications(jpa, series, years);
        for (int banned : new int[] {2024, 2026}) {
            TestCampaigns.setToday(years, banned + "-08-01");
            ZhichengException e = assertThrows(ZhichengException.class, () -> later.createDraft(new NewApplication(
                    applicant.id(), banned, "engineering", "水利专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED),
                    TESTER));
            assertEquals("BANNED_FOR_FALSIFICATION", e.code());
            assertEquals("因材料造假，2026年度（含）前不得申报", e.chineseMessage());
        }
        TestCampaigns.setToday(years, "2027-08-01");
        assertEquals(2027, later.createDraft(new NewApplication(applicant.id(), 2027, "engineering", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), TESTER).evaluationYear());
    }

    @Test
    void staffOfSelfEvaluatingUniversitiesGoToTheirOwnCommittee_R02() throws Exception {
        declare(TestDescriptors.series("university-teachers", "高等院校教师系列",
                "<specialty name=\"高等学校教师专业\"><committee levels=\"副高\" unit=\"地区教育局\" phone=\"0997-2530856\"/></specialty>")
                .replace("universitySelfEvaluation=\"false\"", "universitySelfEvaluation=\"true\""), List.of("高"));
        Applicant lecturer = applicants.register(new NewApplicant("讲师", ResidentIdNumber.completing("65290119800101"
                + String.format("%03d", nextId++)), "阿克苏职业技术学院", Tier.PREFECTURE_DIRECT, ""), TESTER);
        ZhichengException e = assertThrows(ZhichengException.class, () -> applications.createDraft(new NewApplication(
                lecturer.id(), 2023, "university-teachers", "高等学校教师专业", TitleLevel.SENIOR_ASSOCIATE,
                Channel.A_PREFECTURE_DIRECTED), TESTER));
        assertEquals("职业技术学院具有自主评审权，请向本校评审委员会申报（电话0997-6889123）", e.chineseMessage());
        // the same university's engineers apply in the engineering series, which has no self-evaluation
        assertEquals("engineering",
                applications.createDraft(engineering(lecturer, TitleLevel.INTERMEDIATE), TESTER).seriesCode());
        // a middle school whose name merely contains 教育 is no university
        Applicant teacher = applicants.register(new NewApplicant("教师", ResidentIdNumber.completing("65290119800101"
                + String.format("%03d", nextId++)), "阿克苏市教育学院附属中学", Tier.COUNTY_CITY, ""), TESTER);
        assertEquals("university-teachers", applications.createDraft(new NewApplication(teacher.id(), 2023,
                "university-teachers", "高等学校教师专业", TitleLevel.SENIOR_ASSOCIATE, Channel.A_PREFECTURE_DIRECTED),
                TESTER).seriesCode());
    }
}
