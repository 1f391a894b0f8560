package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;

/**
 * Self-registration refuses what the registration form marks inline (R-19's tier and county, a reachable phone, a
 * plausible ID number), naming the field, and stores nothing.
 */
class RegistrationChecksTest {

    private static final char[] PASSWORD = "zhicheng-2023".toCharArray();

    private DerbyJpa jpa;
    private AccountServiceImpl accounts;
    private int nextId = 100;

    @BeforeEach
    void open() {
        jpa = new DerbyJpa();
        accounts = new AccountServiceImpl(jpa, new AuditLogImpl(jpa));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private ResidentIdNumber id() {
        return ResidentIdNumber.completing("65290119850505" + nextId++);
    }

    private void refused(String field, NewApplicant applicant) {
        String username = "reg" + nextId++;
        ZhichengException refusal = assertThrows(ZhichengException.class,
                () -> accounts.registerApplicant(applicant, username, PASSWORD));
        assertEquals("INVALID_INPUT", refusal.code());
        assertEquals(field, refusal.field().orElse(""), refusal.chineseMessage());
        assertTrue(accounts.authenticate(username, PASSWORD).isEmpty(), "nothing stored");
    }

    @Test
    void refusesAPrefectureDirectUnitWithACounty_R19() {
        refused("county", new NewApplicant("张三", id(), "阿克苏地区水利局", "库车市", Tier.PREFECTURE_DIRECT, "13912345678"));
    }

    @Test
    void refusesACountyUnitWithoutItsCounty_R19() {
        refused("county", new NewApplicant("张三", id(), "某县水利局", null, Tier.COUNTY_CITY, "13912345678"));
        refused("county", new NewApplicant("张三", id(), "某乡农技站", null, Tier.TOWNSHIP, "13912345678"));
    }

    @Test
    void refusesACountyOutsideThePrefecture_R19() {
        refused("county", new NewApplicant("张三", id(), "喀什市水利局", "喀什市", Tier.COUNTY_CITY, "13912345678"));
    }

    @Test
    void refusesASevenDigitPhoneAndAcceptsMobileAndLandline_R39() {
        refused("phone", new NewApplicant("张三", id(), "阿克苏地区水利局", null, Tier.PREFECTURE_DIRECT, "2123456"));
        refused("phone", new NewApplicant("张三", id(), "阿克苏地区水利局", null, Tier.PREFECTURE_DIRECT, "23912345678"));
        assertEquals("reg-mobile", accounts.registerApplicant(new NewApplicant("张三", id(), "阿克苏地区水利局", null,
                Tier.PREFECTURE_DIRECT, "139 1234 5678"), "reg-mobile", PASSWORD).username());
        assertEquals("reg-landline", accounts.registerApplicant(new NewApplicant("李四", id(), "库车市水利局", "库车市",
                Tier.COUNTY_CITY, "0997-7123456"), "reg-landline", PASSWORD).username());
    }

    @Test
    void refusesAnImplausibleBirthDateInTheIdNumber_R01() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        refused("idNumber", new NewApplicant("张三", ResidentIdNumber.completing("652901" + (thisYear - 5) + "0101123"),
                "阿克苏地区水利局", null, Tier.PREFECTURE_DIRECT, ""));
        refused("idNumber", new NewApplicant("张三", ResidentIdNumber.completing("652901" + "1900" + "0101123"),
                "阿克苏地区水利局", null, Tier.PREFECTURE_DIRECT, ""));
    }
}
