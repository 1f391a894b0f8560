package org.zhicheng.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.security.Role;

/** The audit detail of a year's save and the bounded wait for the platform to apply it. */
class YearConfigurationsTest {

    @Test
    void auditDetailNamesEveryChangedValueBeforeAndAfter_R36() {
        Map<String, String> before = map("year", "2023", "applicationOpens", "07-15", "juniorFee", "200");
        Map<String, String> after = map("year", "2023", "applicationOpens", "07-10", "juniorFee", "200");
        assertEquals("修改：applicationOpens：07-15 → 07-10", YearConfigurations.AuditDetail.changes(before, after, Set.of()));
    }

    @Test
    void auditDetailOfListsNamesTheDatesAddedAndRemoved_R36() {
        Map<String, String> before = map("year", "2023", "holidays", "2023-01-01, 2023-10-06", "adjustedWorkingDays", "");
        Map<String, String> after = map("year", "2023", "holidays", "2023-01-01, 2023-08-03", "adjustedWorkingDays", "2023-10-07");
        assertEquals("修改：holidays：+2023-08-03 -2023-10-06；adjustedWorkingDays：+2023-10-07",
                YearConfigurations.AuditDetail.changes(before, after, Set.of("holidays", "adjustedWorkingDays")));
    }

    @Test
    void auditDetailOfANewYearHasEveryValueAndFitsTheLog() {
        assertEquals("新建：year=2024；juniorFee=200",
                YearConfigurations.AuditDetail.changes(null, map("year", "2024", "juniorFee", "200"), Set.of()));
        String long2024 = "x".repeat(AuditLog.MAX_DETAIL_LENGTH * 2);
        assertEquals(AuditLog.MAX_DETAIL_LENGTH, YearConfigurations.AuditDetail.changes(null, map("holidays", long2024), Set.of())
                .length());
    }

    @Test
    void waitingForTheNewValuesIsBounded() {
        AtomicInteger polls = new AtomicInteger();
        assertTrue(YearConfigurations.await(() -> polls.incrementAndGet() >= 3, Duration.ofSeconds(5)));
        assertFalse(YearConfigurations.await(() -> false, Duration.ofMillis(100)));
    }

    @Test
    void onlyAdministratorsAndIntegrationsEditTheCalendar() {
        assertEquals(Set.of(Role.ADMIN, Role.INTEGRATION), YearConfigurations.EDITORS);
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
