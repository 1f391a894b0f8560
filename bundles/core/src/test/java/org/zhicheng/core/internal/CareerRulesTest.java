package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.bridge.TechnicalSchoolClass;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.api.career.VocationalCertificate;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.series.SeniorityMinimum;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.career.CareerServiceImpl;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** The professional record and what opening a file checks against it (R-12, R-30..R-32), on real Derby. */
class CareerRulesTest {

    private static final String MINIMUMS = """
              <seniority level="副高" appointedYears="5" sample="true"/>
              <seniority level="中级" appointedYears="4" sample="true"/>
              <seniority level="助理" workYears="1" sample="true"/>""";
    private static final String SPECIALTY = """
              <specialty name="机械电子专业">
                <committee levels="副高 中级 助理" unit="地区工信局" phone="0997-1"/>
              </specialty>""";

    private DerbyJpa jpa;
    private SeriesStore series;
    private CampaignRegistry campaigns;
    private ApplicantServiceImpl applicants;
    private ApplicationServiceImpl applications;
    private FileContentServiceImpl contents;
    private CareerServiceImpl careers;
    private int nextId = 700;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        series = new SeriesStore(jpa);
        campaigns = TestCampaigns.registry("2023-08-01", 2023);
        // engineering opens the bridge, archives does not; both ask the same years
        TestDescriptors.declare(series, TestDescriptors.series("engineering", "工程系列", SPECIALTY + MINIMUMS)
                .replace("highSkillBridge=\"false\"", "highSkillBridge=\"true\""), List.of("高", "中", "初"));
        TestDescriptors.declare(series, TestDescriptors.series("archives", "档案系列", SPECIALTY + MINIMUMS),
                List.of("高", "中", "初"));
        applicants = new ApplicantServiceImpl(jpa); // without a record: each test records its own
        applications = TestServices.applications(jpa, series, campaigns);
        contents = TestServices.fileContents(jpa, series);
        careers = new CareerServiceImpl(jpa, campaigns, new org.zhicheng.core.internal.audit.AuditLogImpl(jpa));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private Applicant applicant() {
        return applicants.register(new NewApplicant("职业信息" + nextId, ResidentIdNumber.completing("65290119800101" + nextId++),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
    }

    private static Actor self(Applicant applicant) {
        return CoreActors.issue(Actor.applicant("applicant-" + applicant.id(), applicant.fullName(), applicant.id(), applicant.employer(),
                applicant.county()));
    }

    private static CareerRecord titled(Applicant applicant, String startedWork, String appointed) {
        return new CareerRecord(applicant.id(), LocalDate.parse(startedWork), "助理工程师", LocalDate.parse(appointed), "大学本科",
                null, null, 0, true);
    }

    private static CareerRecord skilled(Applicant applicant, VocationalQualification level, int years, boolean appraisals) {
        return new CareerRecord(applicant.id(), LocalDate.of(2010, 7, 1), "无", null, "高中及以下", null,
                new VocationalCertificate(level, "1965000" + applicant.id(), LocalDate.of(2015, 6, 30)), years, appraisals);
    }

    private Application open(Applicant applicant, String seriesCode, TitleLevel level) {
        return applications.createDraft(new NewApplication(applicant.id(), 2023, seriesCode, "机械电子专业", level,
                Channel.A_PREFECTURE_DIRECTED), self(applicant));
    }

    private void refusedToOpen(Applicant applicant, String seriesCode, TitleLevel level, String code, String chinese) {
        ZhichengException e = assertThrows(ZhichengException.class, () -> open(applicant, seriesCode, level));
        assertEquals(code, e.code());
        assertEquals(chinese, e.chineseMessage());
        assertTrue(applications.forApplicant(applicant.id(), self(applicant)).isEmpty(), "no file opened");
    }

    @Test
    void aFileIsOpenedOnlyWithAProfessionalRecord_R12() {
        Applicant applicant = applicant();
        refusedToOpen(applicant, "engineering", TitleLevel.INTERMEDIATE, "CAREER_RECORD_MISSING",
                "请先在“职业信息”中填写参加工作时间、现任职务及聘任时间和最高学历，再申报");
    }

    @Test
    void seniorityIsCountedInFullYearsTo31DecemberOfTheEvaluationYear_R12() {
        Applicant applicant = applicant();
        // 2019-12-31 to 2023-12-31: 4 full years, enough for 中级; 2013-01-01: 10 years and 11 months of work
        careers.record(titled(applicant, "2013-01-01", "2019-12-31"), self(applicant));
        Application file = open(applicant, "engineering", TitleLevel.INTERMEDIATE);
        assertEquals(new Seniority(LocalDate.of(2023, 12, 31), 10, 4), careers.seniority(file.id(), self(applicant)));
        assertEquals(new SeniorityMinimum(TitleLevel.INTERMEDIATE, 4, 0, true),
                series.find("engineering").orElseThrow().seniorityFor(TitleLevel.INTERMEDIATE).orElseThrow());
    }

    @Test
    void refusesALevelTheYearsDoNotOpen_R12() {
        Applicant applicant = applicant();
        // one day short: 2020-01-01 to 2023-12-31 is 3 full years
        careers.record(titled(applicant, "2013-01-01", "2020-01-01"), self(applicant));
        refusedToOpen(applicant, "engineering", TitleLevel.INTERMEDIATE, "SENIORITY_TOO_SHORT",
                "申报中级须现职务聘任满4年（计算至2023年12月31日），现为3年");
        refusedToOpen(applicant, "archives", TitleLevel.SENIOR_ASSOCIATE, "SENIORITY_TOO_SHORT",
                "申报副高须现职务聘任满5年（计算至2023年12月31日），现为3年");
        assertEquals(TitleLevel.ASSISTANT, open(applicant, "engineering", TitleLevel.ASSISTANT).level());
    }

    @Test
    void theFileTakesItsDatesFromTheRecordAndFollowsItWhileFilled_R12() {
        Applicant applicant = applicant();
        careers.record(titled(applicant, "2013-01-01", "2019-07-01"), self(applicant));
        Application file = open(applicant, "engineering", TitleLevel.INTERMEDIATE);
        Map<String, String> basic = contents.values(file.id(), "basic", self(applicant));
        assertEquals("2019-07-01", basic.get("appointed"));
        assertEquals("2013-01-01", basic.get("started-work"));
        assertEquals("助理工程师", basic.get("current-title"));
        // typed values of those fields give way to the record's; the others are saved as typed
        Map<String, String> typed = CompleteFiles.sample(contents.sections(file.id(), self(applicant)).get(0));
        typed.put("appointed", "2001-01-01");
        contents.save(file.id(), "basic", typed, self(applicant));
        assertEquals("2019-07-01", contents.values(file.id(), "basic", self(applicant)).get("appointed"));
        assertEquals(typed.get("school"), contents.values(file.id(), "basic", self(applicant)).get("school"));
        // a corrected record corrects the draft
        careers.record(titled(applicant, "2013-01-01", "2018-07-01"), self(applicant));
        assertEquals("2018-07-01", contents.values(file.id(), "basic", self(applicant)).get("appointed"));
        assertEquals(5, careers.seniority(file.id(), self(applicant)).yearsInAppointment());
    }

    @Test
    void theApplicantRecordsTheirOwnAndReviewersReadIt_R12() {
        Applicant applicant = applicant();
        Applicant colleague = applicant();
        CareerRecord record = titled(applicant, "2013-01-01", "2019-07-01");
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> careers.record(record, self(colleague))).code());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> careers.record(record, CoreActors.issue(Actor.employer("unit", applicant.employer())))).code());
        assertTrue(careers.find(applicant.id(), TESTER).isEmpty(), "nothing recorded");
        careers.record(record, self(applicant));
        assertEquals(record, careers.find(applicant.id(), CoreActors.issue(Actor.employer("unit", applicant.employer()))).orElseThrow());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> careers.find(applicant.id(), CoreActors.issue(Actor.employer("other", "别的单位")))).code());
    }

    @Test
    void refusesAWrongValueOnItsFieldAndKeepsTheRecord_R12() {
        Applicant applicant = applicant();
        CareerRecord good = titled(applicant, "2013-01-01", "2019-07-01");
        careers.record(good, self(applicant));
        ZhichengException early = assertThrows(ZhichengException.class,
                () -> careers.record(titled(applicant, "2013-01-01", "2012-07-01"), self(applicant)));
        assertEquals("INVALID_INPUT", early.code());
        assertEquals("appointed", early.field().orElseThrow());
        assertEquals("现职务聘任时间不能早于参加工作时间", early.chineseMessage());
        ZhichengException future = assertThrows(ZhichengException.class,
                () -> careers.record(titled(applicant, "2024-01-01", "2024-02-01"), self(applicant)));
        assertEquals("startedWork", future.field().orElseThrow());
        ZhichengException tooMany = assertThrows(ZhichengException.class, () -> careers.record(
                skilled(applicant, VocationalQualification.TECHNICIAN, 12, true), self(applicant)));
        assertEquals("yearsOfTechnicalWork", tooMany.field().orElseThrow()); // 2015-06-30 to 2023-12-31: 8 years
        assertEquals(good, careers.find(applicant.id(), self(applicant)).orElseThrow());
    }

    @Test
    void onlyTheBridgeSeriesOpenALevelForAVocationalQualification_R30() {
        Applicant applicant = applicant();
        careers.record(skilled(applicant, VocationalQualification.TECHNICIAN, 3, true), self(applicant));
        // archives is no bridge series: its years apply, and a skilled worker without a title has none
        refusedToOpen(applicant, "archives", TitleLevel.INTERMEDIATE, "SENIORITY_TOO_SHORT",
                "申报中级须现职务聘任满4年（计算至2023年12月31日），现为0年");
        assertEquals(TitleLevel.INTERMEDIATE, open(applicant, "engineering", TitleLevel.INTERMEDIATE).level());
    }

    @Test
    void theQualificationAndItsYearsOpenTheirLevelOnly_R31() {
        Applicant technician = applicant();
        careers.record(skilled(technician, VocationalQualification.TECHNICIAN, 2, true), self(technician));
        refusedToOpen(technician, "engineering", TitleLevel.INTERMEDIATE, "BRIDGE_NOT_OPEN",
                "高技能人才贯通：取得技师后须从事技术工作满3年");
        Applicant senior = applicant();
        careers.record(skilled(senior, VocationalQualification.SENIOR_WORKER, 8, true), self(senior));
        refusedToOpen(senior, "engineering", TitleLevel.INTERMEDIATE, "BRIDGE_NOT_OPEN",
                "高技能人才贯通：高级工可申报助理及以下职称");
        Applicant unappraised = applicant();
        careers.record(skilled(unappraised, VocationalQualification.SENIOR_TECHNICIAN, 5, false), self(unappraised));
        refusedToOpen(unappraised, "engineering", TitleLevel.SENIOR_ASSOCIATE, "BRIDGE_NOT_OPEN",
                "高技能人才贯通：近三年年度考核须均为合格以上");
        // education (高中及以下) and the missing appointment do not stand in the way
        careers.record(skilled(unappraised, VocationalQualification.SENIOR_TECHNICIAN, 5, true), self(unappraised));
        assertEquals(TitleLevel.SENIOR_ASSOCIATE, open(unappraised, "engineering", TitleLevel.SENIOR_ASSOCIATE).level());
    }

    @Test
    void technicalSchoolClassesCountAsEducationInTheFile_R32() {
        Applicant applicant = applicant();
        careers.record(new CareerRecord(applicant.id(), LocalDate.of(2012, 7, 1), "无", null, "高中及以下",
                TechnicalSchoolClass.SENIOR_WORKER_CLASS, new VocationalCertificate(VocationalQualification.SENIOR_WORKER,
                "G-1", LocalDate.of(2016, 1, 4)), 4, true), self(applicant));
        Application file = open(applicant, "engineering", TitleLevel.ASSISTANT);
        assertEquals("大学专科", contents.values(file.id(), "basic", self(applicant)).get("education"));
        // a class never lowers a higher education
        CareerRecord graduate = new CareerRecord(applicant.id(), LocalDate.of(2012, 7, 1), "无", null, "硕士研究生",
                TechnicalSchoolClass.PREPARATORY_TECHNICIAN_CLASS, null, 0, true);
        assertEquals("硕士研究生", graduate.countedEducation());
        assertFalse(contents.values(file.id(), "basic", self(applicant)).containsKey("appointed"));
    }
}
