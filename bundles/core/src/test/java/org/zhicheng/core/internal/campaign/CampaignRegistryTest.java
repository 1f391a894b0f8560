package org.zhicheng.core.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.campaign.Campaign;

class CampaignRegistryTest {

    @Test
    void the2023NoticesCalendarIsTheDefault_R08_R09_R10_R11_R12_R28() {
        Campaign c = TestCampaigns.registry("2023-08-01", 2023).campaign(2023).orElseThrow();
        assertEquals(new Campaign.Period(LocalDate.of(2023, 7, 15), LocalDate.of(2023, 8, 30)), c.applicationWindow());
        assertEquals(new Campaign.Period(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 9, 10)), c.reviewWindow());
        assertEquals(LocalDate.of(2023, 9, 15), c.feeDeadline());
        assertEquals(new Campaign.Period(LocalDate.of(2023, 9, 15), LocalDate.of(2023, 10, 30)), c.meetingWindow());
        assertEquals(YearMonth.of(2023, 11), c.qualificationDocuments());
        assertEquals(YearMonth.of(2023, 12), c.certificates());
        assertEquals(LocalDate.of(2023, 12, 31), c.seniorityCutoff());
        assertEquals(LocalDate.of(2023, 7, 10), c.prefilingDeadline());
    }

    @Test
    void limitsAndFeesAreTheNoticesAndConfigurable_R14_R20_R29() {
        Campaign c = TestCampaigns.registry("2023-08-01", 2023).campaign(2023).orElseThrow();
        assertEquals(5, c.publicityWorkingDays());
        assertEquals(2, c.returnDeadlineDays());
        assertEquals(3, c.maxSubmissions());
        assertEquals(400, c.intermediateFee());
        assertEquals(200, c.juniorFee());
        Campaign next = new ConfiguredCampaign(TestCampaigns.configuration(CampaignConfiguration.class,
                Map.of("year", 2024, "maxSubmissions", 2, "applicationCloses", "09-05"))).campaign();
        assertEquals(2, next.maxSubmissions());
        assertEquals(LocalDate.of(2024, 9, 5), next.applicationWindow().last());
    }

    @Test
    void theDemonstrationDateIsConfigurableAndProductionUsesBeijingTime() {
        CampaignRegistry registry = TestCampaigns.registry("2023-08-01", 2023);
        assertEquals(LocalDate.of(2023, 8, 1), registry.today());
        TestCampaigns.setToday(registry, "");
        assertEquals(LocalDate.now(CampaignRegistry.PREFECTURE_ZONE), registry.today());
        assertTrue(registry.campaign(2023).isPresent());
        assertFalse(registry.campaign(2024).isPresent());
    }

    @Test
    void malformedConfigurationIsRefusedWithItsKey() {
        IllegalArgumentException day = assertThrows(IllegalArgumentException.class, () -> new ConfiguredCampaign(
                TestCampaigns.configuration(CampaignConfiguration.class, Map.of("year", 2023, "feeDeadline", "09-31"))));
        assertTrue(day.getMessage().contains("feeDeadline"), day.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ConfiguredCampaign(TestCampaigns.configuration(
                CampaignConfiguration.class, Map.of("year", 2023, "applicationOpens", "09-01"))), "window ends before it starts");
        assertThrows(IllegalArgumentException.class, () -> TestCampaigns.registry("2023-02-30", 2023));
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class, () -> new ConfiguredCampaign(
                TestCampaigns.configuration(CampaignConfiguration.class, Map.of("year", 2023, "maxSubmissions", 0))));
        assertTrue(limit.getMessage().contains("maxSubmissions"), limit.getMessage());
    }

    @Test
    void asOfMovesTodayOnTheCallingThreadOnlyAndPutsItBack() throws Exception {
        CampaignRegistry registry = TestCampaigns.registry("2023-08-01", 2023);
        LocalDate[] elsewhere = new LocalDate[1];
        LocalDate inside = registry.asOf(LocalDate.of(2023, 9, 22), () -> {
            Thread other = new Thread(() -> elsewhere[0] = registry.today());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return registry.asOf(LocalDate.of(2023, 8, 21), registry::today);
        });
        assertEquals(LocalDate.of(2023, 8, 21), inside, "the innermost day");
        assertEquals(LocalDate.of(2023, 8, 1), elsewhere[0], "another thread keeps the platform's date");
        assertEquals(LocalDate.of(2023, 8, 1), registry.today());
        assertEquals(LocalDate.of(2023, 8, 1), registry.platformDate().date());
        assertThrows(IllegalStateException.class, () -> registry.asOf(LocalDate.of(2023, 9, 22), () -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals(LocalDate.of(2023, 8, 1), registry.today(), "put back after a failure too");
    }
}
