package org.zhicheng.api.health;

import java.time.Instant;
import java.util.List;

/**
 * The platform's health at one moment: healthy when every check is.
 *
 * @param healthy  whether every check passed
 * @param checkedAt when the checks ran
 * @param checks   each part's result, in a fixed order (database, plugins, audit, disk, startup)
 */
public record Health(boolean healthy, Instant checkedAt, List<Check> checks) {

    public Health {
        checks = List.copyOf(checks);
    }

    /** Healthy when every check is. */
    public static Health of(Instant checkedAt, List<Check> checks) {
        return new Health(checks.stream().allMatch(Check::healthy), checkedAt, checks);
    }

    /**
     * One part's result.
     *
     * @param name    {@code database}, {@code plugins}, {@code audit}, {@code disk} or {@code startup} (down while the
     *                platform is still starting: series plugins being declared)
     * @param healthy whether this part works
     * @param detail  what was found, in words (no connection strings, paths or credentials)
     * @param value   the part's figure: milliseconds for the database, series for plugins, the last sequence for the
     *                audit log, free megabytes for the disk, 1 once started (0 before); -1 when it could not be read
     */
    public record Check(String name, boolean healthy, String detail, long value) {
    }
}
