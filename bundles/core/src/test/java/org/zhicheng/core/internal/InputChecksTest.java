package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;

/**
 * Issue 15 item 1 on real Derby: texts longer than their column, ID numbers with no GB/T 2260 area or an implausible
 * birth date, and accounts naming an expert or a series that does not exist are refused naming the field, and nothing
 * is stored; a text too long for a column no service checks is still refused, never a truncation error.
 */
class InputChecksTest {

    private static final char[] PASSWORD = "zhicheng-2023".toCharArray();
    private static final Actor ADMIN = CoreActors.issue(Actor.admin("admin"));
    private static final String FIVE_MEGABYTES = "长".repeat(5 * 1024 * 1024);

    private DerbyJpa jpa;
    private AccountServiceImpl accounts;
    private int next = 100;

    @BeforeEach
    void open() {
        jpa = new DerbyJpa();
        accounts = new AccountServiceImpl(jpa, new AuditLogImpl(jpa));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private ResidentIdNumber id(String area, String birth) {
        return ResidentIdNumber.completing(area + birth + next++);
    }

    private NewApplicant applicant(String fullName, ResidentIdNumber id, String employer, String phone) {
        return new NewApplicant(fullName, id, employer, null, Tier.PREFECTURE_DIRECT, phone);
    }

    private long stored(String table) {
        return jpa.txExpr(TransactionType.Required, em -> (Long) em.createQuery("SELECT COUNT(x) FROM " + table + " x")
                .getSingleResult());
    }

    /** The act is refused with {@code code} naming {@code field} in Chinese, and no applicant or account is stored. */
    private void refused(String code, String field, String chineseWord, Executable act) {
        long applicants = stored("ApplicantEntity");
        long accountRows = stored("AccountEntity");
        ZhichengException refusal = assertThrows(ZhichengException.class, act);
        assertEquals(code, refusal.code(), refusal.chineseMessage());
        assertEquals(field, refusal.field().orElse(""), refusal.chineseMessage());
        assertTrue(refusal.chineseMessage().contains(chineseWord), refusal.chineseMessage());
        assertEquals(applicants, stored("ApplicantEntity"), "no applicant stored");
        assertEquals(accountRows, stored("AccountEntity"), "no account stored");
    }

    private void registrationRefused(String field, String chineseWord, NewApplicant applicant) {
        String username = "reg" + next++;
        refused("INVALID_INPUT", field, chineseWord, () -> accounts.registerApplicant(applicant, username, PASSWORD));
    }

    @Test
    void refusesFiveMegabytesOfNameEmployerOrPhoneNamingTheField() {
        registrationRefused("fullName", "姓名不得超过100个字符", applicant(FIVE_MEGABYTES, id("652901", "19850505"), "阿克苏地区水利局", ""));
        registrationRefused("employer", "工作单位不得超过200个字符", applicant("张三", id("652901", "19850505"), FIVE_MEGABYTES, ""));
        registrationRefused("phone", "联系电话不得超过30个字符", applicant("张三", id("652901", "19850505"), "阿克苏地区水利局", FIVE_MEGABYTES));
        registrationRefused("fullName", "姓名", applicant("长".repeat(TextLimits.FULL_NAME + 1), id("652901", "19850505"),
                "阿克苏地区水利局", ""));
    }

    @Test
    void acceptsTextsExactlyAtTheirLimit() {
        Actor registered = accounts.registerApplicant(applicant("长".repeat(TextLimits.FULL_NAME), id("652901", "19850505"),
                "单".repeat(TextLimits.EMPLOYER), ""), "at-the-limit", PASSWORD);
        assertEquals(TextLimits.FULL_NAME, registered.displayName().length());
    }

    @Test
    void refusesAnIdNumberWithNoAdministrativeArea() {
        registrationRefused("idNumber", "000000", applicant("张三", id("000000", "19850505"), "阿克苏地区水利局", ""));
        // born 2005: the number took a code of the lists, and 652999 is on none
        registrationRefused("idNumber", "行政区划代码", applicant("张三", id("652999", "20050505"), "阿克苏地区水利局", ""));
        registrationRefused("idNumber", "行政区划代码", applicant("张三", id("990101", "19850505"), "阿克苏地区水利局", ""));
        registrationRefused("idNumber", "行政区划代码", applicant("张三", id("659901", "19850505"), "阿克苏地区水利局", ""));
    }

    @Test
    void acceptsACountyCodeFromBefore2002OfAKnownPrefectureForSomeoneBornBefore2002() {
        // 6529 is 阿克苏地区; 652930 is on no list since 2002, but a number issued in the 1990s may carry such a code
        assertEquals("old-area", accounts.registerApplicant(applicant("张三", id("652930", "19700505"), "阿克苏地区水利局", ""),
                "old-area", PASSWORD).username());
    }

    @Test
    void acceptsCurrentAndHistoricalAreaCodes() {
        // 652901 阿克苏市 today; 652923 库车县 until it became 库车市 (652902) in 2019: old numbers keep their code
        for (String area : new String[] {"652901", "652902", "652923", "110101"}) {
            String username = "area-" + area;
            assertEquals(username, accounts.registerApplicant(applicant("张三", id(area, "19850505"), "阿克苏地区水利局", ""),
                    username, PASSWORD).username());
        }
        assertEquals("库车县", AdministrativeAreas.name("652923").orElseThrow());
    }

    @Test
    void refusesABirthDateBefore1900OrInTheFuture() {
        registrationRefused("idNumber", "出生日期", applicant("张三", id("652901", "18000101"), "阿克苏地区水利局", ""));
        registrationRefused("idNumber", "出生日期", applicant("张三", id("652901", "20990101"), "阿克苏地区水利局", ""));
        registrationRefused("idNumber", "出生日期", applicant("张三", id("652901", "19000101"), "阿克苏地区水利局", ""));
    }

    @Test
    void refusesAnAccountNamingAnExpertOrSeriesThatDoesNotExist() {
        refused("UNKNOWN_EXPERT", "expertId", "nobody",
                () -> accounts.createAccount(Actor.expert("expert-nobody", "nobody"), PASSWORD, ADMIN));
        refused("UNKNOWN_SERIES", "seriesCodes", "nope",
                () -> accounts.createAccount(Actor.seriesDepartment("dept-nope", Set.of("nope")), PASSWORD, ADMIN));
        refused("INVALID_INPUT", "county", "喀什市",
                () -> accounts.createAccount(Actor.countyBureau("kashgar-hr", "喀什市"), PASSWORD, ADMIN));
    }

    @Test
    void aTextTooLongForAColumnNoServiceChecksIsRefusedNotTruncated() {
        // demo accounts skip the service's checks: the entity listener is what stands between them and Derby
        Actor longName = CoreActors.issue(new Actor("long-name", "名".repeat(TextLimits.DISPLAY_NAME + 1), Role.ADMIN, null, null, null,
                Set.of(), null));
        refused("INVALID_INPUT", "displayName", "显示名称",
                () -> accounts.createDemoAccount(longName, PASSWORD, CoreActors.system("loader")));
    }
}
