package org.zhicheng.rest.internal.dto;

import java.time.Instant;
import java.util.List;

import org.zhicheng.api.health.Health;

/**
 * Body of {@code GET /api/v1/health}: {@code UP}, {@code STARTING} (the startup check is down: series still being
 * declared) or {@code DOWN}, and each part's check (database, plugins, audit, disk, startup).
 * Served to anyone: it names no connection string, path, account or key.
 */
public record HealthDto(String status, Instant checkedAt, List<CheckDto> checks) {

    /** The check core reports down until the platform has started. */
    static final String STARTUP = "startup";

    public record CheckDto(String name, String status, String detail, long value) {
    }

    public static HealthDto of(Health health) {
        boolean starting = health.checks().stream().anyMatch(c -> STARTUP.equals(c.name()) && !c.healthy());
        return new HealthDto(health.healthy() ? "UP" : starting ? "STARTING" : "DOWN", health.checkedAt(), health.checks().stream()
                .map(c -> new CheckDto(c.name(), c.healthy() ? "UP" : "DOWN", c.detail(), c.value())).toList());
    }

    /** When core's health service is not running (core stopped or its database gone). */
    public static HealthDto coreDown(Instant now) {
        return new HealthDto("DOWN", now, List.of(new CheckDto("core", "DOWN", "core services not running (schema being migrated, or core stopped)", -1)));
    }
}
