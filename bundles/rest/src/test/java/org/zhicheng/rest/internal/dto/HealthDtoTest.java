package org.zhicheng.rest.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.health.Health;
import org.zhicheng.api.health.Health.Check;

/** GET /api/v1/health's status word: STARTING while core's startup check is down (issue 16, item 4). */
class HealthDtoTest {

    private static final Instant NOW = Instant.parse("2023-06-01T08:00:00Z");

    private static Health health(boolean plugins, boolean disk, boolean started) {
        return Health.of(NOW, List.of(new Check("database", true, "Apache Derby", 3),
                new Check("plugins", plugins, "series", plugins ? 26 : 0), new Check("audit", true, "entries", 5),
                new Check("disk", disk, "free", disk ? 900 : 10), new Check("startup", started, "startup", started ? 1 : 0)));
    }

    @Test
    void upWhenEveryCheckIsUp() {
        assertEquals("UP", HealthDto.of(health(true, true, true)).status());
    }

    @Test
    void startingWhileTheSeriesAreBeingDeclaredEvenBeforeTheFirst() {
        assertEquals("STARTING", HealthDto.of(health(true, true, false)).status());
        assertEquals("STARTING", HealthDto.of(health(false, true, false)).status());
    }

    @Test
    void downWhenAPartFailsOnceStarted() {
        HealthDto down = HealthDto.of(health(true, false, true));
        assertEquals("DOWN", down.status());
        assertEquals(List.of("database", "plugins", "audit", "disk", "startup"),
                down.checks().stream().map(HealthDto.CheckDto::name).toList());
    }
}
