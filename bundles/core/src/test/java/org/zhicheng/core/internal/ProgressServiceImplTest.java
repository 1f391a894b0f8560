package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.EMPLOYER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.progress.ChannelOption;
import org.zhicheng.api.progress.Deadline;
import org.zhicheng.api.progress.FilePart;
import org.zhicheng.api.progress.FileProgress;
import org.zhicheng.api.progress.FileStep;
import org.zhicheng.api.progress.MissingItem;
import org.zhicheng.api.progress.NextActor;
import org.zhicheng.api.progress.PartCompletion;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.education.ContinuingEducationServiceImpl;
import org.zhicheng.core.internal.progress.ProgressServiceImpl;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Where a file stands, against the platform's date and the 2023 calendar, on a real Derby database. */
class ProgressServiceImplTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String BUILDING = TestDescriptors.series("building", "建筑系列",
            "<specialty name=\"建筑工程\"><committee levels=\"中级\" unit=\"地区住建局\" phone=\"0997-2129002\"/></specialty>")
            .replace("privateEnterpriseChannel=\"false\"", "privateEnterpriseChannel=\"true\""); // channel C open

    private ProgressServiceImpl progress;
    private int nextId = 700;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        TestDescriptors.declare(store, BUILDING, List.of("中"));
        progress = new ProgressServiceImpl(jpa, store, campaigns, new ContinuingEducationServiceImpl(jpa, store, new AuditLogImpl(jpa)));
    }

    private Applicant applicant(String county, Tier tier) {
        return applicants.register(new NewApplicant("进度", ResidentIdNumber.completing("65290119800101" + nextId++),
                county == null ? "阿克苏地区水利局" : "库车市水利局", county, tier, ""), TESTER);
    }

    private Application draft(Applicant applicant) {
        return applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE,
                Channel.A_PREFECTURE_DIRECTED), APPLICANT);
    }

    private void today(String day) {
        TestCampaigns.setToday(campaigns, day);
    }

    @Test
    void aDraftIsBeingFiledByItsApplicantUntilTheWindowCloses_R08_R13_R15() {
        Application draft = draft(applicant(null, Tier.PREFECTURE_DIRECT));
        FileProgress p = progress.progress(draft.id(), TESTER);
        assertEquals(FileStep.FILING, p.step());
        assertEquals(NextActor.Kind.APPLICANT, p.next().kind());
        assertEquals(new Deadline(Deadline.Kind.APPLICATION_CLOSES, LocalDate.of(2023, 8, 30), 16), p.deadline());
        assertEquals(LocalDate.of(2023, 8, 14), p.today());
        assertEquals(3, p.submissionsLeft());
        // what is missing names its tab and, for a field, its section and field
        MissingItem school = p.blocking().stream().filter(m -> m.fieldId().equals("school")).findFirst().orElseThrow();
        assertEquals(new MissingItem(FilePart.SECTIONS, "basic", "school", "基本情况：毕业院校", true), school);
        assertTrue(p.blocking().stream().anyMatch(m -> m.part() == FilePart.ATTACHMENTS), "R-15: the education proof");
        assertTrue(p.blocking().stream().anyMatch(m -> m.part() == FilePart.COMMITMENT), "Annex 3: the commitment");
        // the same list core refuses a submission for
        ZhichengException incomplete = assertThrows(ZhichengException.class,
                () -> applications.submit(draft.id(), draft.version(), APPLICANT));
        assertEquals(p.blocking().size(), incomplete.chineseMessage().chars().filter(c -> c == '；').count() + 1,
                incomplete.chineseMessage());
        PartCompletion sections = part(p, FilePart.SECTIONS);
        assertTrue(sections.done() < sections.total(), sections.toString());
        assertEquals(new PartCompletion(FilePart.ATTACHMENTS, 0, 2), part(p, FilePart.ATTACHMENTS));
        assertEquals(new PartCompletion(FilePart.COMMITMENT, 0, 1), part(p, FilePart.COMMITMENT));
        assertEquals(3, part(p, FilePart.EDUCATION).total(), "R-24: the last three years are checked");

        CompleteFiles.complete(contents, draft.id(), APPLICANT);
        FileProgress complete = progress.progress(draft.id(), TESTER);
        assertTrue(complete.blocking().isEmpty(), complete.blocking().toString());
        assertTrue(part(complete, FilePart.SECTIONS).complete());
        assertEquals(new PartCompletion(FilePart.ATTACHMENTS, 2, 2), part(complete, FilePart.ATTACHMENTS));
    }

    private static PartCompletion part(FileProgress p, FilePart part) {
        return p.completion().stream().filter(c -> c.part() == part).findFirst().orElseThrow();
    }

    @Test
    void aSubmittedFileWaitsForItsUnitUntilTheReviewWindowCloses_R09_R14_R20() {
        Application draft = draft(applicant(null, Tier.PREFECTURE_DIRECT));
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        FileProgress p = progress.progress(submitted.id(), TESTER);
        assertEquals(FileStep.UNIT_REVIEW, p.step());
        assertEquals(new NextActor(NextActor.Kind.EMPLOYER, "阿克苏地区水利局"), p.next());
        assertEquals(new Deadline(Deadline.Kind.REVIEW_CLOSES, LocalDate.of(2023, 9, 10), 27), p.deadline());
        assertEquals(1, p.submissionsMade());
        assertEquals(2, p.submissionsLeft());

        Application inPublicity = applications.approveByEmployer(submitted.id(), submitted.version(), EMPLOYER, "同意推荐");
        FileProgress publicity = progress.progress(inPublicity.id(), TESTER);
        assertEquals(FileStep.UNIT_REVIEW, publicity.step());
        assertEquals(new Deadline(Deadline.Kind.PUBLICITY_ENDS, LocalDate.of(2023, 8, 18), 4), publicity.deadline());
    }

    @Test
    void aReturnedFileShowsItsReasonAndTwoDaysToResubmit_R14() {
        Application draft = draft(applicant(null, Tier.PREFECTURE_DIRECT));
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        applications.returnForRevision(submitted.id(), submitted.version(), EMPLOYER, "毕业证书扫描件不清晰，请重新上传");
        today("2023-08-15");
        FileProgress p = progress.progress(submitted.id(), TESTER);
        assertEquals(ApplicationStatus.RETURNED, p.status());
        assertEquals(FileStep.FILING, p.step());
        assertEquals(NextActor.Kind.APPLICANT, p.next().kind());
        assertEquals("毕业证书扫描件不清晰，请重新上传", p.returnReason());
        assertEquals(LocalDate.of(2023, 8, 16), p.resubmitBy(), "returned 08-14, two days");
        assertEquals(new Deadline(Deadline.Kind.RESUBMISSION, LocalDate.of(2023, 8, 16), 1), p.deadline());
        assertEquals(2, p.submissionsLeft());
    }

    @Test
    void aRecommendedCountyFileWaitsForTheCountyBureauThenTheFee_R19_R20_R29() {
        Application draft = draft(applicant("库车市", Tier.COUNTY_CITY));
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        Application inPublicity = applications.approveByEmployer(submitted.id(), submitted.version(), EMPLOYER, "同意推荐");
        today("2023-08-21");
        Application recommended = applications.recommend(inPublicity.id(), inPublicity.version(), EMPLOYER);
        FileProgress p = progress.progress(recommended.id(), TESTER);
        assertEquals(FileStep.DEPARTMENT_REVIEW, p.step());
        assertEquals(new NextActor(NextActor.Kind.COUNTY_BUREAU, "库车市人社局"), p.next());
        assertNull(p.returnReason());

        Application received = applications.acceptMaterial(recommended.id(), recommended.version(), COUNTY_BUREAU);
        FileProgress fee = progress.progress(received.id(), TESTER);
        assertEquals(FileStep.MATERIAL_AND_FEE, fee.step());
        assertEquals(NextActor.Kind.APPLICANT, fee.next().kind());
        assertEquals(new Deadline(Deadline.Kind.FEE, LocalDate.of(2023, 9, 15), 25), fee.deadline());
        assertFalse(fee.closed());
    }

    @Test
    void onlyWhoMayReadTheFileSeesItsProgress_R19() {
        Applicant owner = applicant(null, Tier.PREFECTURE_DIRECT);
        Application draft = draft(owner);
        Actor itsApplicant = CoreActors.issue(Actor.applicant("owner", "进度", owner.id(), owner.employer(), null));
        assertEquals(draft.id(), progress.progress(draft.id(), itsApplicant).applicationId());
        Actor another = CoreActors.issue(Actor.applicant("another", "别人", owner.id() + 1000, "另一单位", null));
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> progress.progress(draft.id(), another)).code());
    }

    @Test
    void channelCIsOpenOnlyToPrivateEnterpriseStaffInASeriesThatTakesIt_R04_R05_R06() {
        Applicant official = applicant(null, Tier.PREFECTURE_DIRECT);
        assertEquals(List.of(true, true, false), open(progress.channels(official.id(), "water", TESTER)));
        ChannelOption waterC = progress.channels(official.id(), "water", TESTER).get(2);
        assertTrue(waterC.reason().contains("仅限工程系列和农业系列"), waterC.reason());
        ChannelOption buildingC = progress.channels(official.id(), "building", TESTER).get(2);
        assertFalse(buildingC.open(), "a unit that is no private enterprise (R-06)");
        assertTrue(buildingC.reason().contains("仅限民营企业"), buildingC.reason());

        Unit company = TestUnits.create(jpa, "阿克苏某建筑有限公司", UnitType.PRIVATE_ENTERPRISE, null, Tier.PREFECTURE_DIRECT);
        Applicant engineer = applicants.register(NewApplicant.ofUnit("民企职工", ResidentIdNumber.completing(
                "65290119800101" + nextId++), company.id(), ""), TESTER);
        assertEquals(List.of(true, true, true), open(progress.channels(engineer.id(), "building", TESTER)));
        assertEquals(List.of(Channel.A_PREFECTURE_DIRECTED, Channel.B_RECOMMENDED, Channel.C_PRIVATE_ENTERPRISE),
                progress.channels(engineer.id(), "building", TESTER).stream().map(ChannelOption::channel).toList());
        assertEquals("UNKNOWN_SERIES", assertThrows(ZhichengException.class,
                () -> progress.channels(engineer.id(), "no-such", TESTER)).code());
    }

    @Test
    void noChannelIsOpenOnceTheApplicantHasAFileThisYear_R07() {
        Applicant applicant = applicant(null, Tier.PREFECTURE_DIRECT);
        draft(applicant);
        List<ChannelOption> options = progress.channels(applicant.id(), "water", TESTER);
        assertEquals(List.of(false, false, false), open(options));
        assertTrue(options.get(0).reason().contains("同一年度只能选择一种方式申报"), options.get(0).reason());
    }

    private static List<Boolean> open(List<ChannelOption> options) {
        return options.stream().map(ChannelOption::open).toList();
    }
}
