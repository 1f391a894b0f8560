package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.REVIEWER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.campaign.PlatformDate;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.calendar.TestCalendars;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * The file's history and the audit log keep the real instant and the platform date the act counted on, the date
 * the rules ran on; the platform's today says whether it is configured or the system date.
 */
class PlatformDateHistoryTest {

    private static DerbyJpa jpa;
    private static CampaignRegistry campaigns;
    private static AuditLogImpl audit;
    private static ApplicantServiceImpl applicants;
    private static ApplicationServiceImpl applications;
    private static FileContentServiceImpl contents;

    @BeforeAll
    static void start() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore series = new SeriesStore(jpa);
        TestDescriptors.declare(series, TestDescriptors.series("water", "水利系列",
                "<specialty name=\"水利专业\"><committee levels=\"中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>"),
                List.of("中"));
        campaigns = TestCampaigns.registry("2023-08-01", 2023);
        audit = new AuditLogImpl(jpa, campaigns); // as SCR wires it
        applicants = new TestCareers(jpa); // each with a record that opens a file
        applications = new ApplicationServiceImpl(jpa, series, campaigns, TestCalendars.china2023(),
                TestServices.universities2023(), audit);
        contents = TestServices.fileContents(jpa, series);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void historyAndAuditKeepThePlatformDateBesideTheRealInstant_R14_R36() {
        long applicant = applicants.register(new NewApplicant("平台日期", ResidentIdNumber.completing("65290119800101950"),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER).id();
        Application draft = applications.createDraft(new NewApplication(applicant, 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), TESTER);
        CompleteFiles.complete(contents, draft.id(), TESTER);
        Application submitted = applications.submit(draft.id(), draft.version(), TESTER);
        try {
            TestCampaigns.setToday(campaigns, "2023-08-03");
            applications.returnForRevision(submitted.id(), submitted.version(), REVIEWER, "学历证明不清晰");
        } finally {
            TestCampaigns.setToday(campaigns, "2023-08-01");
        }
        List<StatusChange> history = applications.history(draft.id(), TESTER);
        assertEquals(List.of(LocalDate.parse("2023-08-01"), LocalDate.parse("2023-08-01"), LocalDate.parse("2023-08-03")),
                history.stream().map(StatusChange::platformDate).toList());
        // the real instant is the system's, years after the demo's platform date
        LocalDate realDay = LocalDate.ofInstant(history.get(2).at(), ZoneId.of("Asia/Shanghai"));
        assertTrue(realDay.isAfter(LocalDate.parse("2023-08-03")), realDay.toString());
        List<AuditEntry> entries = audit.entries("application:" + draft.id());
        assertEquals(LocalDate.parse("2023-08-03"), entries.get(entries.size() - 1).platformDate());
        assertTrue(audit.verify().intact());
    }

    @Test
    void todayIsConfiguredOrTheSystemDateInBeijingTime() {
        PlatformDate configured = campaigns.platformDate();
        assertEquals(new PlatformDate(LocalDate.parse("2023-08-01"), ZoneId.of("Asia/Shanghai"), true), configured);
        CampaignRegistry production = TestCampaigns.registry("");
        PlatformDate system = production.platformDate();
        assertFalse(system.configured());
        assertEquals(production.today(), system.date());
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")), system.date());
    }
}
