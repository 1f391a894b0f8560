package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
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
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitImport;
import org.zhicheng.api.unit.UnitService;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.core.internal.unit.UnitServiceImpl;

/**
 * Units as records on a real Derby: who records and confirms them (R-19's counties), the CSV import (every row or
 * none), a proposed unit's applicant who waits for the confirmation, and scopes matched by the unit's id.
 */
class UnitServiceImplTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>")
            .replace("privateEnterpriseChannel=\"false\"", "privateEnterpriseChannel=\"true\""); // channel C open
    private static final Actor ADMIN = CoreActors.issue(Actor.admin("admin"));
    private static final Actor KUQA_BUREAU = CoreActors.issue(Actor.countyBureau("kuqa-hr", "库车市"));
    private static final Actor XINHE_BUREAU = CoreActors.issue(Actor.countyBureau("xinhe-hr", "新和县"));
    private static final char[] PASSWORD = "zhicheng-2023".toCharArray();
    private static final String HEADER = "单位名称,统一社会信用代码,单位类型,县市,层级\n";

    private UnitService units;
    private AccountServiceImpl accounts;
    private int nextId = 300;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-01", 2023);
        TestDescriptors.declare(store, WATER, List.of("中"));
        units = new UnitServiceImpl(jpa, audit);
        accounts = new AccountServiceImpl(jpa, audit);
        applicants = new ApplicantServiceImpl(jpa);
    }

    private static NewUnit unit(String name, UnitType type, String county, Tier tier) {
        return new NewUnit(name, TestUnits.code(), type, county, tier);
    }

    private long count() {
        return units.count(null, ADMIN);
    }

    private void refused(String code, Executable act) {
        long before = count();
        assertEquals(code, assertThrows(ZhichengException.class, act).code());
        assertEquals(before, count(), "nothing recorded");
    }

    // ------------------------------------------------------------------ who records units

    @Test
    void countyBureausRecordUnitsOfTheirOwnCountyAdministratorsAny_R19() {
        Unit kuqa = units.create(unit("库车市水利局", UnitType.PARTY_GOVERNMENT, "库车市", Tier.COUNTY_CITY), KUQA_BUREAU);
        assertEquals(UnitStatus.CONFIRMED, kuqa.status());
        Unit direct = units.create(unit("阿克苏地区水利局", UnitType.PARTY_GOVERNMENT, null, Tier.PREFECTURE_DIRECT), ADMIN);
        assertEquals(null, direct.county());

        refused("FORBIDDEN", () -> units.create(unit("新和县水利局", UnitType.PARTY_GOVERNMENT, "新和县", Tier.COUNTY_CITY),
                KUQA_BUREAU));
        refused("FORBIDDEN", () -> units.create(unit("地区某院", UnitType.PUBLIC_INSTITUTION, null, Tier.PREFECTURE_DIRECT),
                KUQA_BUREAU));
        refused("FORBIDDEN", () -> units.create(unit("库车市某公司", UnitType.PRIVATE_ENTERPRISE, "库车市", Tier.COUNTY_CITY),
                CoreActors.issue(Actor.employer("unit", "库车市水利局"))));
        refused("FORBIDDEN", () -> units.list(null, 0, 10, CoreActors.issue(Actor.employer("unit", "库车市水利局"))));
    }

    @Test
    void refusesARecordedCodeAndACountyOutsideThePrefecture() {
        Unit kuqa = units.create(unit("库车市水利局", UnitType.PARTY_GOVERNMENT, "库车市", Tier.COUNTY_CITY), ADMIN);
        ZhichengException duplicate = assertThrows(ZhichengException.class, () -> units.create(new NewUnit("别名",
                kuqa.creditCode(), UnitType.OTHER, "库车市", Tier.COUNTY_CITY), ADMIN));
        assertEquals("DUPLICATE_CREDIT_CODE", duplicate.code());
        assertTrue(duplicate.chineseMessage().contains("已登记为“库车市水利局”"), duplicate.chineseMessage());
        refused("INVALID_INPUT", () -> units.create(unit("乌鲁木齐某局", UnitType.PARTY_GOVERNMENT, "乌鲁木齐市",
                Tier.COUNTY_CITY), ADMIN));
        assertEquals(1, count());
    }

    @Test
    void theTierDecidesWhetherAUnitHasACounty() {
        IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> unit("地区某局",
                UnitType.PARTY_GOVERNMENT, "库车市", Tier.PREFECTURE_DIRECT));
        assertTrue(direct.getMessage().startsWith("地直单位不属于县（市）"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> unit("某乡站", UnitType.PUBLIC_INSTITUTION, " ",
                Tier.TOWNSHIP)).getMessage().startsWith("乡镇单位须填写所在县（市）"));
    }

    // ------------------------------------------------------------------ proposals at self-registration

    @Test
    void aProposedUnitsApplicantRegistersButOpensNoFileUntilTheCountyBureauConfirms() {
        Actor hasan = accounts.registerApplicantProposingUnit(NewApplicant.ofUnit("哈桑", id(), 0, ""),
                unit("库车市丝路农业科技有限公司", UnitType.PRIVATE_ENTERPRISE, "库车市", Tier.COUNTY_CITY), "hasan", PASSWORD);
        Unit proposed = units.find(hasan.unitId()).orElseThrow();
        assertEquals(UnitStatus.PROPOSED, proposed.status());
        assertEquals("库车市丝路农业科技有限公司", hasan.employer());
        assertEquals("库车市", hasan.county());
        assertEquals(hasan, accounts.authenticate("hasan", PASSWORD).orElseThrow(), "the applicant may log in");

        ZhichengException waiting = assertThrows(ZhichengException.class, () -> applications.createDraft(draft(hasan), hasan));
        assertEquals("UNIT_NOT_CONFIRMED", waiting.code());
        assertTrue(waiting.chineseMessage().contains("尚待库车市人社局确认"), waiting.chineseMessage());
        assertTrue(applications.forApplicant(hasan.applicantId(), hasan).isEmpty());
        // the picker shows confirmed units only
        assertTrue(units.confirmed(new UnitService.Query("库车市", null, null), 0, 100).isEmpty());

        refused("FORBIDDEN", () -> units.confirm(proposed.id(), proposed.version(), XINHE_BUREAU));
        refused("STALE_VERSION", () -> units.confirm(proposed.id(), proposed.version() + 1, KUQA_BUREAU));
        assertEquals(List.of(proposed), units.list(new UnitService.Query(null, "丝路", UnitStatus.PROPOSED), 0, 10, KUQA_BUREAU));
        assertTrue(units.list(null, 0, 10, XINHE_BUREAU).isEmpty(), "another county's bureau does not see it");

        Unit confirmed = units.confirm(proposed.id(), proposed.version(), KUQA_BUREAU);
        assertEquals(UnitStatus.CONFIRMED, confirmed.status());
        assertEquals("UNIT_NOT_PROPOSED", assertThrows(ZhichengException.class,
                () -> units.reject(confirmed.id(), confirmed.version(), KUQA_BUREAU)).code());
        TestCareers.careers(jpa).record(TestCareers.engineer(hasan.applicantId()), hasan); // before any file
        Application file = applications.createDraft(draft(hasan), hasan);
        assertEquals(Channel.C_PRIVATE_ENTERPRISE, file.channel(), "a private enterprise's staff may use channel C (R-06)");
        assertEquals(List.of(confirmed), units.confirmed(new UnitService.Query("库车市", "丝路", null), 0, 100));
    }

    @Test
    void aRejectedProposalKeepsItsApplicantFromFilingAndOnlyAdministratorsDecidePrefectureDirectUnits() {
        Actor applicant = accounts.registerApplicantProposingUnit(NewApplicant.ofUnit("某人", id(), 0, ""),
                unit("地区某协会", UnitType.SOCIAL_ORGANISATION, null, Tier.PREFECTURE_DIRECT), "someone", PASSWORD);
        Unit proposed = units.find(applicant.unitId()).orElseThrow();
        refused("FORBIDDEN", () -> units.reject(proposed.id(), proposed.version(), KUQA_BUREAU));
        assertTrue(assertThrows(ZhichengException.class, () -> applications.createDraft(draft(applicant), applicant))
                .chineseMessage().contains("尚待地区人社局（系统管理员）确认"));
        units.reject(proposed.id(), proposed.version(), ADMIN);
        ZhichengException rejected = assertThrows(ZhichengException.class, () -> applications.createDraft(draft(applicant),
                applicant));
        assertEquals("UNIT_NOT_CONFIRMED", rejected.code());
        assertTrue(rejected.chineseMessage().contains("未通过确认"), rejected.chineseMessage());
    }

    @Test
    void aProposalWithARecordedCodeRegistersNobody() {
        Unit kuqa = units.create(unit("库车市水利局", UnitType.PARTY_GOVERNMENT, "库车市", Tier.COUNTY_CITY), ADMIN);
        ZhichengException e = assertThrows(ZhichengException.class, () -> accounts.registerApplicantProposingUnit(
                NewApplicant.ofUnit("重复", id(), 0, ""), new NewUnit("库车水利", kuqa.creditCode(), UnitType.OTHER, "库车市",
                        Tier.COUNTY_CITY), "duplicate", PASSWORD));
        assertEquals("DUPLICATE_CREDIT_CODE", e.code());
        assertTrue(accounts.authenticate("duplicate", PASSWORD).isEmpty());
        assertEquals(0, applicants.count(ADMIN));
        assertEquals(1, count());
    }

    // ------------------------------------------------------------------ scopes by the unit's id

    @Test
    void employersSeeTheirOwnUnitsStaffByIdEvenWhenAnotherUnitHasTheSameName() {
        Unit kuqa = units.create(unit("第二中学", UnitType.PUBLIC_INSTITUTION, "库车市", Tier.COUNTY_CITY), ADMIN);
        Unit xinhe = units.create(unit("第二中学", UnitType.PUBLIC_INSTITUTION, "新和县", Tier.COUNTY_CITY), ADMIN);
        Applicant kuqaTeacher = applicants.register(NewApplicant.ofUnit("库车教师", id(), kuqa.id(), ""), ADMIN);
        Applicant xinheTeacher = applicants.register(NewApplicant.ofUnit("新和教师", id(), xinhe.id(), ""), ADMIN);
        assertEquals("新和县", xinheTeacher.county(), "the county comes from the unit");
        Actor school = CoreActors.issue(accounts.createAccount(Actor.employer("kuqa-school", kuqa.id(), kuqa.name()), PASSWORD, ADMIN));

        assertEquals(kuqa.id(), school.unitId());
        assertEquals(List.of(kuqaTeacher), applicants.list(0, 10, school));
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> applicants.find(xinheTeacher.id(), school)).code());
        // registering staff: an employer its own unit only
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> applicants.register(
                NewApplicant.ofUnit("新和职工", id(), xinhe.id(), ""), school)).code());
        assertEquals(kuqa.id(), applicants.register(NewApplicant.ofUnit("库车职工", id(), kuqa.id(), ""), school).unitId());
    }

    @Test
    void staffRecordedByTheUnitsNameBeforeItWasOnRecordNowPointToIt() {
        Applicant early = applicants.register(new NewApplicant("早先注册", id(), "库车市水利局", "库车市", Tier.TOWNSHIP, ""), ADMIN);
        Actor earlyAccount = CoreActors.issue(accounts.createAccount(Actor.employer("kuqa-water", "库车市水利局"), PASSWORD, ADMIN));
        assertEquals(null, early.unitId());
        assertEquals(null, earlyAccount.unitId());

        Unit unit = units.create(unit("库车市水利局", UnitType.PARTY_GOVERNMENT, "库车市", Tier.COUNTY_CITY), KUQA_BUREAU);
        Applicant linked = applicants.find(early.id(), ADMIN).orElseThrow();
        assertEquals(unit.id(), linked.unitId());
        assertEquals(Tier.COUNTY_CITY, linked.tier(), "the tier is the unit's");
        Actor account = accounts.authenticate("kuqa-water", PASSWORD).orElseThrow();
        assertEquals(unit.id(), account.unitId());
        assertEquals(List.of(linked), applicants.list(0, 10, account));
        // a later registration by the name alone finds the unit too
        assertEquals(unit.id(), applicants.register(new NewApplicant("后来注册", id(), "库车市水利局", null,
                Tier.PREFECTURE_DIRECT, ""), ADMIN).unitId());
    }

    @Test
    void anEmployerAccountNeedsAConfirmedUnit() {
        Actor proposer = accounts.registerApplicantProposingUnit(NewApplicant.ofUnit("提议人", id(), 0, ""),
                unit("库车市某公司", UnitType.PRIVATE_ENTERPRISE, "库车市", Tier.COUNTY_CITY), "proposer", PASSWORD);
        ZhichengException e = assertThrows(ZhichengException.class, () -> accounts.createAccount(
                CoreActors.issue(Actor.employer("company", proposer.unitId(), "库车市某公司")), PASSWORD, ADMIN));
        assertEquals("UNIT_NOT_CONFIRMED", e.code());
        assertTrue(accounts.authenticate("company", PASSWORD).isEmpty());
        assertEquals(Role.APPLICANT, accounts.authenticate("proposer", PASSWORD).orElseThrow().role());
    }

    // ------------------------------------------------------------------ CSV import

    @Test
    void importsEveryRowOfAGoodFile() {
        CreditCode a = TestUnits.code();
        CreditCode b = TestUnits.code();
        CreditCode c = TestUnits.code();
        UnitImport result = units.importCsv(new StringReader("\uFEFF" + HEADER
                + "阿克苏地区水利局," + a + ",党政机关,,地直\n"
                + "库车市第二中学," + b.value().toLowerCase() + ",事业单位,库车市,县市\n"
                + "\n"
                + "\"库车市某建筑有限公司，分公司\"," + c + ",民营企业,库车市,县市\n"), ADMIN);
        assertTrue(result.succeeded(), result.errors().toString());
        assertEquals(3, result.imported().size());
        assertEquals(UnitType.PRIVATE_ENTERPRISE, result.imported().get(2).type());
        assertEquals("库车市某建筑有限公司，分公司", result.imported().get(2).name());
        assertEquals(3, count());
        // the columns may come in English and in any order
        assertTrue(units.importCsv(new StringReader("tier,county,type,creditCode,name\n县市,新和县,其他,"
                + TestUnits.code() + ",新和县某单位\n"), XINHE_BUREAU).succeeded());
    }

    @Test
    void aFileWithAnyBadRowImportsNothingAndEveryBadRowIsReportedInChinese() {
        Unit recorded = units.create(unit("已登记单位", UnitType.OTHER, "库车市", Tier.COUNTY_CITY), ADMIN);
        CreditCode good = TestUnits.code();
        String wrongCheck = good.value().substring(0, 17) + (good.value().charAt(17) == '0' ? '1' : '0');
        UnitImport result = units.importCsv(new StringReader(HEADER
                + "好单位," + good + ",事业单位,库车市,县市\n"                           // line 2: fine
                + "坏代码," + wrongCheck + ",事业单位,库车市,县市\n"                      // 3
                + "坏类型," + TestUnits.code() + ",私营企业,库车市,县市\n"                // 4
                + "坏县市," + TestUnits.code() + ",事业单位,喀什市,县市\n"                // 5
                + "层级不符," + TestUnits.code() + ",事业单位,库车市,地直\n"             // 6
                + "同文件重复," + good + ",事业单位,库车市,县市\n"                         // 7
                + "库中重复," + recorded.creditCode() + ",事业单位,库车市,县市\n"          // 8
                + "," + TestUnits.code() + ",事业单位,库车市,县市\n"), ADMIN);              // 9
        assertFalse(result.succeeded());
        assertTrue(result.imported().isEmpty());
        assertEquals(1, count(), "nothing imported");
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), result.errors().stream().map(UnitImport.RowError::row).toList());
        List<String> messages = result.errors().stream().map(UnitImport.RowError::chineseMessage).toList();
        assertEquals("第3行：统一社会信用代码校验位错误", messages.get(0));
        assertTrue(messages.get(1).startsWith("第4行：单位类型无效：“私营企业”"), messages.get(1));
        assertTrue(messages.get(2).startsWith("第5行：县（市）无效：“喀什市”"), messages.get(2));
        assertTrue(messages.get(3).startsWith("第6行：地直单位不属于县（市）"), messages.get(3));
        assertEquals("第7行：统一社会信用代码与第2行重复", messages.get(4));
        assertTrue(messages.get(5).startsWith("第8行：统一社会信用代码" + recorded.creditCode() + "已登记为“已登记单位”"),
                messages.get(5));
        assertEquals("第9行：单位名称不能为空", messages.get(6));
    }

    @Test
    void aCountyBureauImportsItsOwnCountysUnitsOnlyAndAWrongHeaderIsNamed() {
        UnitImport other = units.importCsv(new StringReader(HEADER + "库车市某局," + TestUnits.code() + ",党政机关,库车市,县市\n"
                + "新和县某局," + TestUnits.code() + ",党政机关,新和县,县市\n"), XINHE_BUREAU);
        assertEquals(List.of(2L), other.errors().stream().map(UnitImport.RowError::row).toList());
        assertTrue(other.errors().get(0).chineseMessage().contains("只能导入本县（市）的单位"));
        UnitImport header = units.importCsv(new StringReader("名称,代码\n某局," + TestUnits.code() + "\n"), ADMIN);
        assertTrue(header.errors().get(0).chineseMessage().startsWith("第1行：表头缺少列单位名称、统一社会信用代码、单位类型、县市、层级"),
                header.errors().get(0).chineseMessage());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> units.importCsv(new StringReader(HEADER),
                CoreActors.issue(Actor.employer("unit", "某单位")))).code());
        assertEquals(0, count());
    }

    private ResidentIdNumber id() {
        return ResidentIdNumber.completing("65290219900101" + nextId++);
    }

    private static NewApplication draft(Actor applicant) {
        return new NewApplication(applicant.applicantId(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE,
                Channel.C_PRIVATE_ENTERPRISE);
    }

}
