package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.EligibilityRule;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * Issue 15, no self-granted rights, on real Derby: the platform's own role is core's alone, and a series' rule gets what
 * it needs in its request instead of reading it as the platform.
 */
class SelfGrantedRightsTest {

    private static final String ECONOMICS = TestDescriptors.series("economics", "经济系列", """
              <specialty name="财政经济专业">
                <committee levels="副高 中级" unit="地区人社局" phone="0997-2120000"/>
              </specialty>""");

    private static DerbyJpa jpa;
    private static ApplicantServiceImpl applicants;
    private static ApplicationServiceImpl applications;

    @BeforeAll
    static void start() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore series = new SeriesStore(jpa);
        CampaignRegistry campaigns = TestCampaigns.registry("2023-08-01", 2023);
        TestDescriptors.declare(series, ECONOMICS, List.of("高", "中"));
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, series, campaigns);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Applicant economist(String first17) {
        return applicants.register(new NewApplicant("经济师", ResidentIdNumber.completing(first17), "阿克苏地区财政局",
                Tier.PREFECTURE_DIRECT, ""), TESTER);
    }

    @Test
    void aSeriesRuleGetsTheApplicantsExamResultsInItsRequest_R33() {
        Applicant applicant = economist("65290119800202001");
        ExamResult passed = applicants.recordExamResult(new ExamResult(applicant.id(), ExamResult.SENIOR_ECONOMICS, 2021, true),
                TESTER);
        ExamResult older = applicants.recordExamResult(new ExamResult(applicant.id(), ExamResult.SENIOR_ECONOMICS, 2019, false),
                TESTER);
        AtomicReference<EligibilityRule.Request> asked = new AtomicReference<>();
        EligibilityRule rule = request -> {
            asked.set(request);
            return Optional.empty();
        };
        applications.addRule(rule, Map.of(EligibilityRule.SERIES_PROPERTY, "economics"));
        try {
            applications.createDraft(new NewApplication(applicant.id(), 2023, "economics", "财政经济专业",
                    TitleLevel.SENIOR_ASSOCIATE, Channel.A_PREFECTURE_DIRECTED), TESTER);
        } finally {
            applications.removeRule(rule);
        }
        assertEquals(List.of(passed, older), asked.get().examResults(), "newest first, as on record");
    }

    @Test
    void aSystemActorBuiltOutsideCoreIsNobody() {
        Applicant applicant = economist("65290119800202002");
        // what the economics plugin did before: read exam results as the platform
        Actor forged = new Actor("economics-plugin", null, Role.SYSTEM, null, null, null, Set.of(), null);
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> applicants.examResults(applicant.id(), forged)).code());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> applicants.register(new NewApplicant("冒名者", ResidentIdNumber.completing("65290119800202003"),
                        "某单位", Tier.PREFECTURE_DIRECT, ""), forged)).code());
        assertTrue(applicants.list(0, 1000, TESTER).stream().noneMatch(a -> a.fullName().equals("冒名者")),
                "nobody registered by the forged actor");
        // core's own system actors act
        assertEquals(List.of(), applicants.examResults(applicant.id(), CoreActors.system("core-scheduler")));
    }

    @Test
    void onlyActorsCoreAuthenticatedAct_anAdminOrIntegrationBuiltElsewhereIsNobody() {
        AuditLogImpl audit = new AuditLogImpl(jpa);
        AccountServiceImpl accounts = new AccountServiceImpl(jpa, audit);
        char[] password = "secret-forge-admin".toCharArray();
        accounts.createAccount(Actor.admin("forge-admin"), password, CoreActors.system("setup"));
        accounts.createAccount(Actor.integration("forge-integration"), "secret-forge-integration".toCharArray(),
                CoreActors.system("setup"));
        Actor admin = accounts.authenticate("forge-admin", password).orElseThrow();
        Actor integration = accounts.authenticate("forge-integration", "secret-forge-integration".toCharArray()).orElseThrow();
        // the same values, built by hand as a plugin, REST or the UI could: equal, yet not the object core issued
        Actor lookAlikeAdmin = Actor.admin("forge-admin");
        Actor lookAlikeIntegration = Actor.integration("forge-integration");
        assertEquals(admin, lookAlikeAdmin);
        long accountsBefore = accounts.countAccounts(admin);
        long entriesBefore = audit.count();
        for (Actor forged : List.of(lookAlikeAdmin, lookAlikeIntegration, Actor.committeeOffice("office", Set.of()),
                Actor.countyBureau("kuqa-hr", "库车市"), Actor.expert("expert1", "expert1"))) {
            assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> accounts.createAccount(
                    Actor.admin("self-granted"), "secret-self-granted".toCharArray(), forged)).code(), forged.toString());
            assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> applicants.list(0, 10, forged)).code());
            assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> audit.count(forged)).code());
        }
        assertEquals(accountsBefore, accounts.countAccounts(admin), "no account created by a forged actor");
        assertEquals(entriesBefore, audit.count(), "nothing recorded either");
        // the issued ones act
        assertTrue(applicants.list(0, 10, integration).size() <= 10);
        assertEquals(entriesBefore, audit.count(integration));
    }

    @Test
    void theAuditLogsEntriesAndSizeAreReadByAdministratorsAndIntegrationsOnly_R36() {
        AuditLogImpl audit = new AuditLogImpl(jpa);
        AccountServiceImpl accounts = new AccountServiceImpl(jpa, audit);
        accounts.createAccount(Actor.countyBureau("reader-kuqa", "库车市"), "secret-reader-kuqa".toCharArray(),
                CoreActors.system("setup"));
        accounts.createAccount(Actor.admin("reader-admin"), "secret-reader-admin".toCharArray(), CoreActors.system("setup"));
        Actor bureau = accounts.authenticate("reader-kuqa", "secret-reader-kuqa".toCharArray()).orElseThrow();
        Actor admin = accounts.authenticate("reader-admin", "secret-reader-admin".toCharArray()).orElseThrow();
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> audit.entries("account:reader-kuqa", bureau)).code());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> audit.count(bureau)).code());
        assertEquals(audit.entries("account:reader-kuqa"), audit.entries("account:reader-kuqa", admin));
        assertEquals(1, audit.entries("account:reader-kuqa", admin).size(), "its creation");
        assertEquals(audit.count(), audit.count(admin));
    }
}
