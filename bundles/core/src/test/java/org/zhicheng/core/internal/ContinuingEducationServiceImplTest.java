package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.education.EducationCheck;
import org.zhicheng.api.education.EducationExemption;
import org.zhicheng.api.education.EducationRecord;
import org.zhicheng.api.education.EducationRecord.Kind;
import org.zhicheng.api.education.EducationRecord.Source;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.education.ContinuingEducationServiceImpl;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Continuing education against the prefecture's rule, a department's rule and private enterprises'. */
class ContinuingEducationServiceImplTest extends CoreTestSupport {

    private ContinuingEducationServiceImpl education;
    private int nextId = 800;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-01", 2022, 2023);
        declare(TestDescriptors.series("water", "水利系列",
                "<specialty name=\"水利专业\"><committee levels=\"中级\" unit=\"地区水利局\" phone=\"1\"/></specialty>")
                .replace("privateEnterpriseChannel=\"false\"", "privateEnterpriseChannel=\"true\""));
        declare(TestDescriptors.series("school-teachers", "教师系列",
                "<specialty name=\"中小学教师专业\"><committee levels=\"中级\" unit=\"地区教育局\" phone=\"2\"/></specialty>")
                .replace("continuingEducation=\"prefecture\"/>", "continuingEducation=\"department\"/>\n"
                        + "  <continuingEducation annualHours=\"72\" professionalHours=\"48\" years=\"2\" sample=\"true\"/>"));
        education = new ContinuingEducationServiceImpl(jpa, store, audit);
    }

    private void declare(String descriptor) throws Exception {
        TestDescriptors.declare(store, descriptor, List.of("中"));
    }

    private Applicant applicant() {
        return applicants.register(new NewApplicant("继教" + nextId, ResidentIdNumber.completing("65290119800101" + nextId++),
                "单位", Tier.COUNTY_CITY, ""), TESTER);
    }

    private Application file(Applicant applicant, String series, String specialty, Channel channel) {
        return applications.createDraft(new NewApplication(applicant.id(), 2023, series, specialty, TitleLevel.INTERMEDIATE,
                channel), APPLICANT);
    }

    private void hours(Applicant applicant, int year, Kind kind, int hours) {
        Source source = year >= (kind == Kind.PROFESSIONAL ? 2021 : 2022) ? Source.PLATFORM : Source.UPLOADED;
        education.record(new EducationRecord(applicant.id(), year, kind, hours, source, "REC-" + year + kind), APPLICANT);
    }

    @Test
    void ninetyHoursSixtyProfessionalAndPublicCoursesForEachOfTheLastThreeYears_R24() {
        Applicant applicant = applicant();
        Application file = file(applicant, "water", "水利专业", Channel.A_PREFECTURE_DIRECTED);
        for (int year = 2020; year <= 2022; year++) {
            hours(applicant, year, Kind.PROFESSIONAL, 60);
            hours(applicant, year, Kind.PUBLIC, 30);
        }
        EducationCheck ok = education.check(file.id(), TESTER);
        assertTrue(ok.satisfied(), ok.shortfalls().toString());
        assertEquals(List.of(2020, 2021, 2022), ok.yearsChecked());

        Applicant short2021 = applicant();
        Application other = file(short2021, "water", "水利专业", Channel.A_PREFECTURE_DIRECTED);
        hours(short2021, 2020, Kind.PROFESSIONAL, 90);
        hours(short2021, 2021, Kind.PROFESSIONAL, 50);
        hours(short2021, 2021, Kind.PUBLIC, 30);
        hours(short2021, 2022, Kind.PROFESSIONAL, 60);
        hours(short2021, 2022, Kind.PUBLIC, 30);
        EducationCheck missing = education.check(other.id(), TESTER);
        assertFalse(missing.satisfied());
        assertEquals(List.of("2020年度：缺少公需科目学时", "2021年度：总学时80，少于90", "2021年度：专业科目学时50，少于60"),
                missing.shortfalls());
    }

    @Test
    void anApprovedExemptionReplacesAYear_R18() {
        Applicant applicant = applicant();
        Application file = file(applicant, "water", "水利专业", Channel.A_PREFECTURE_DIRECTED);
        hours(applicant, 2020, Kind.PROFESSIONAL, 60);
        hours(applicant, 2020, Kind.PUBLIC, 30);
        hours(applicant, 2022, Kind.PROFESSIONAL, 60);
        hours(applicant, 2022, Kind.PUBLIC, 30);
        assertFalse(education.check(file.id(), TESTER).satisfied());
        assertTrue(education.exemptions(applicant.id(), APPLICANT).isEmpty());
        education.recordExemption(applicant.id(), 2021, "地区访惠聚办公室", "阿地访办〔2021〕12号", COUNTY_BUREAU);
        assertTrue(education.check(file.id(), TESTER).satisfied());
        assertEquals(List.of(new EducationExemption(applicant.id(), 2021, "地区访惠聚办公室", "阿地访办〔2021〕12号")),
                education.exemptions(applicant.id(), APPLICANT));
    }

    @Test
    void aSecondFormForTheSameYearOrAnImpossibleYearIsRefusedAndChangesNothing_R18_R38() {
        Applicant applicant = applicant();
        file(applicant, "water", "水利专业", Channel.A_PREFECTURE_DIRECTED);
        education.recordExemption(applicant.id(), 2021, "地区访惠聚办公室", "阿地访办〔2021〕12号", COUNTY_BUREAU);

        ZhichengException twice = assertThrows(ZhichengException.class, () -> education.recordExemption(applicant.id(), 2021,
                "地区统战部", "阿地统〔2021〕3号", COUNTY_BUREAU));
        assertEquals("ALREADY_EXEMPT", twice.code());
        assertEquals("2021年度已登记免修申请，不能重复登记", twice.chineseMessage());
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class, () -> education.recordExemption(applicant.id(), 21,
                "地区统战部", "阿地统〔2021〕3号", COUNTY_BUREAU)).code());
        assertEquals(List.of(new EducationExemption(applicant.id(), 2021, "地区访惠聚办公室", "阿地访办〔2021〕12号")),
                education.exemptions(applicant.id(), APPLICANT));
    }

    @Test
    void theSeriesDepartmentOfTheApplicantsFileRecordsTheExemptionOthersAreRefused_R19() {
        Applicant applicant = applicant();
        file(applicant, "water", "水利专业", Channel.A_PREFECTURE_DIRECTED);
        Actor water = CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water")));
        Actor teachers = CoreActors.issue(Actor.seriesDepartment("dept-teachers", Set.of("school-teachers")));
        education.recordExemption(applicant.id(), 2021, "统战部", "阿地统〔2021〕3号", water);
        assertEquals(1, education.exemptions(applicant.id(), water).size());
        assertTrue(education.records(applicant.id(), water).isEmpty());
        for (Actor refused : List.of(teachers, CoreActors.issue(Actor.employer("unit-staff", "单位")))) {
            assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                    () -> education.recordExemption(applicant.id(), 2022, "统战部", "阿地统〔2022〕1号", refused)).code());
        }
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> education.exemptions(applicant.id(), teachers)).code());
        assertEquals(List.of(2021), education.exemptions(applicant.id(), TESTER).stream().map(EducationExemption::year).toList());
    }

    @Test
    void platformYearsTakeOnlyThePlatformsRecords_R18() {
        Applicant applicant = applicant();
        ZhichengException e = assertThrows(ZhichengException.class, () -> education.record(new EducationRecord(applicant.id(),
                2021, Kind.PROFESSIONAL, 60, Source.UPLOADED, "CERT-1"), APPLICANT));
        assertEquals("2021年起专业科目学时以平台记录为准，不接受上传证书", e.chineseMessage());
        // public courses of 2021 are still uploaded certificates
        education.record(new EducationRecord(applicant.id(), 2021, Kind.PUBLIC, 30, Source.UPLOADED, "CERT-2"), APPLICANT);
        assertEquals(1, education.records(applicant.id(), TESTER).size());
    }

    @Test
    void teachersFollowTheirDepartmentsRule_R25() {
        Applicant teacher = applicant();
        Application file = file(teacher, "school-teachers", "中小学教师专业", Channel.A_PREFECTURE_DIRECTED);
        for (int year = 2021; year <= 2022; year++) {
            hours(teacher, year, Kind.PROFESSIONAL, 48);
            hours(teacher, year, Kind.PUBLIC, 24);
        }
        EducationCheck check = education.check(file.id(), TESTER);
        assertTrue(check.satisfied(), check.shortfalls().toString());
        assertEquals(List.of(2021, 2022), check.yearsChecked(), "the department's 2 years, 72 hours, 48 professional");
    }

    @Test
    void privateEnterpriseFirstTimersHaveNoRequirementOthersTheLastAndThisYear_R25() {
        Unit company = TestUnits.create(jpa, "温宿某农业科技有限公司", UnitType.PRIVATE_ENTERPRISE, "温宿县", Tier.COUNTY_CITY);
        Applicant firstTimer = staffOf(company);
        EducationCheck none = education.check(file(firstTimer, "water", "水利专业", Channel.C_PRIVATE_ENTERPRISE).id(), TESTER);
        assertTrue(none.satisfied());
        assertTrue(none.yearsChecked().isEmpty());

        Applicant returning = staffOf(company);
        TestCampaigns.setToday(campaigns, "2022-08-01");
        applications.createDraft(new NewApplication(returning.id(), 2022, "water", "水利专业", TitleLevel.INTERMEDIATE,
                Channel.C_PRIVATE_ENTERPRISE), APPLICANT);
        TestCampaigns.setToday(campaigns, "2023-08-01");
        EducationCheck again = education.check(file(returning, "water", "水利专业", Channel.C_PRIVATE_ENTERPRISE).id(), TESTER);
        assertEquals(List.of(2022, 2023), again.yearsChecked());
        assertFalse(again.satisfied());
    }

    @Test
    void privateEnterpriseStaffAreCheckedByTheirUnitsTypeWhateverTheChannel_R25() {
        Unit company = TestUnits.create(jpa, "新和某建材有限公司", UnitType.PRIVATE_ENTERPRISE, "新和县", Tier.COUNTY_CITY);
        Unit enterprise = TestUnits.create(jpa, "新和某国有水务公司", UnitType.STATE_OWNED_ENTERPRISE, "新和县", Tier.COUNTY_CITY);
        // a private enterprise's first-timer in channel A: still no requirement (R-25 follows the unit)
        EducationCheck privateFirst = education.check(file(staffOf(company), "water", "水利专业",
                Channel.A_PREFECTURE_DIRECTED).id(), TESTER);
        assertTrue(privateFirst.satisfied());
        assertTrue(privateFirst.yearsChecked().isEmpty());
        // a state-owned enterprise's staff: the prefecture's three years
        EducationCheck stateOwned = education.check(file(staffOf(enterprise), "water", "水利专业",
                Channel.A_PREFECTURE_DIRECTED).id(), TESTER);
        assertEquals(List.of(2020, 2021, 2022), stateOwned.yearsChecked());
        assertFalse(stateOwned.satisfied());
    }

    private Applicant staffOf(Unit unit) {
        return applicants.register(NewApplicant.ofUnit("继教" + nextId, ResidentIdNumber.completing("65290119800101"
                + nextId++), unit.id(), ""), TESTER);
    }
}
