package org.zhicheng.core.internal.config;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.security.Access;

/**
 * Saves one evaluation year's factory configuration ({@code org.zhicheng.campaign}, {@code org.zhicheng.calendar})
 * for an administrator, through Config Admin: the components built from it ({@code ConfiguredCampaign},
 * {@code ConfiguredHolidaySchedule}) are re-activated with the new values, and Karaf's file install writes them back
 * to the year's file in etc/, so that they survive a restart.
 *
 * <p>The year's configuration is the one whose {@code year} property is the year (the shipped
 * etc/org.zhicheng.campaign-2023.cfg, or one made with {@code config:edit}); a new year gets the named factory
 * configuration {@code <factoryPid>~<year>} and the file {@code etc/<factoryPid>-<year>.cfg}, as if the file had
 * been dropped into etc/. Each save is audited with the values before and after; when the audit entry
 * cannot be written the configuration is put back, so a save is either recorded or undone.
 */
public final class YearConfigurations {

    /** Who may change a year's calendar: the prefecture administrator and the region's platform. */
    public static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.INTEGRATION);

    /** The property by which Felix file install links a configuration to its file. */
    static final String FILE_NAME = "felix.fileinstall.filename";
    /** How long a save waits for SCR to re-activate the year's component with the new values. */
    static final Duration APPLY_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(YearConfigurations.class);

    private final ConfigurationAdmin configAdmin;
    private final AuditLogImpl audit;
    private final String factoryPid;
    private final String action;
    private final String subjectPrefix;
    private final Path etc;

    /**
     * @param action        the audit log's action code, e.g. {@code CAMPAIGN_SAVED}
     * @param subjectPrefix the audit subject before the year, e.g. {@code campaign:}
     * @param etc           Karaf's etc/ directory for new years' files; null outside Karaf (then only Config
     *                      Admin's own store keeps a new year)
     */
    public YearConfigurations(ConfigurationAdmin configAdmin, AuditLogImpl audit, String factoryPid, String action,
                              String subjectPrefix, Path etc) {
        this.configAdmin = Objects.requireNonNull(configAdmin);
        this.audit = Objects.requireNonNull(audit);
        this.factoryPid = factoryPid;
        this.action = action;
        this.subjectPrefix = subjectPrefix;
        this.etc = etc;
    }

    /** Karaf's etc/ directory (system property {@code karaf.etc}), or null. */
    public static Path etc(BundleContext context) {
        String etc = context == null ? null : context.getProperty("karaf.etc");
        return etc == null || etc.isBlank() ? null : Paths.get(etc);
    }

    /** Refuses with {@code FORBIDDEN} anyone but an {@link #EDITORS editor}; changes nothing. */
    public static void requireEditor(Actor actor, String what) {
        Access.requireRole(actor, EDITORS, what);
    }

    /**
     * Writes the year's configuration unless it already has these values, audits the change, and waits (at most
     * {@link #APPLY_TIMEOUT}) until {@code applied} holds. The caller has checked the actor and the values.
     *
     * @param current   the year's properties as the platform runs them now, null when the year has none; read while
     *                  saves of this factory are serialised
     * @param listKeys  properties holding comma-separated lists, audited as entries added and removed
     */
    public synchronized void save(Actor actor, int year, Supplier<Map<String, String>> current, Map<String, String> next,
                                  Set<String> listKeys, BooleanSupplier applied) {
        Map<String, String> before = current.get();
        if (next.equals(before)) {
            return;
        }
        Written written;
        try {
            written = write(year, next, actor);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot save configuration " + factoryPid + " of " + year, e);
        }
        try {
            audit.record(actor.username(), action, subjectPrefix + year, AuditDetail.changes(before, next, listKeys));
        } catch (RuntimeException e) {
            written.undo();
            throw e;
        }
        if (!await(applied, APPLY_TIMEOUT)) {
            // saved, audited and persisted: SCR is only slow (or refused the values; its error is in the log)
            LOG.warn("{} of {} was saved but the platform had not applied it after {} s", factoryPid, year,
                    APPLY_TIMEOUT.toSeconds());
        }
    }

    static boolean await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
        return true;
    }

    private Written write(int year, Map<String, String> values, Actor actor) throws IOException, InvalidSyntaxException {
        Configuration[] found = configAdmin.listConfigurations("(&(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
                + factoryPid + ")(year=" + year + "))");
        if (found != null && found.length > 1) {
            String pids = Arrays.stream(found).map(Configuration::getPid).sorted().toList().toString();
            throw Refusal.AMBIGUOUS_CONFIGURATION.refuse(year, found.length, pids, factoryPid);
        }
        Configuration configuration = found != null && found.length == 1 ? found[0]
                : configAdmin.getFactoryConfiguration(factoryPid, Integer.toString(year), "?");
        Dictionary<String, Object> previous = withoutIdentity(configuration.getProperties());
        Hashtable<String, Object> properties = new Hashtable<>();
        if (previous != null) {
            for (Enumeration<String> keys = previous.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                properties.put(key, previous.get(key));
            }
        }
        properties.putAll(values);
        Path createdFile = null;
        if (properties.get(FILE_NAME) == null && etc != null) {
            Path file = etc.resolve(factoryPid + "-" + year + ".cfg");
            if (!Files.exists(file)) {
                writeFile(file, values, actor);
                createdFile = file;
            }
            // the key file install itself uses, so that it finds this configuration for the file
            properties.put(FILE_NAME, file.toFile().getAbsoluteFile().toURI().toString());
        }
        try {
            configuration.update(properties);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(createdFile);
            throw e;
        }
        return new Written(configuration, previous, createdFile);
    }

    /**
     * A new year's file, written before its configuration (then file install finds both the same); file install
     * itself writes back only to files that exist.
     */
    private static void writeFile(Path file, Map<String, String> values, Actor actor) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.ISO_8859_1)) {
            out.write("# Saved on the platform by " + actor.username() + " (audit log, R-36); edit there or here.\n");
            for (Map.Entry<String, String> entry : values.entrySet()) {
                out.write(entry.getKey() + " = " + entry.getValue() + "\n");
            }
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Dictionary<String, Object> withoutIdentity(Dictionary<String, Object> properties) {
        if (properties == null) {
            return null;
        }
        Hashtable<String, Object> copy = new Hashtable<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            if (!key.equals(Constants.SERVICE_PID) && !key.equals(ConfigurationAdmin.SERVICE_FACTORYPID)) {
                copy.put(key, properties.get(key));
            }
        }
        return copy;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** A configuration as written, and how to put it back. */
    private record Written(Configuration configuration, Dictionary<String, Object> previous, Path createdFile) {

        void undo() {
            try {
                if (previous == null) {
                    configuration.delete();
                    deleteQuietly(createdFile);
                } else {
                    configuration.update(previous);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not undo the unaudited change of configuration {}", configuration.getPid(), e);
            }
        }
    }

    /** The audit entry's detail: what the save changed, before and after. */
    static final class AuditDetail {

        private AuditDetail() {
        }

        static String changes(Map<String, String> before, Map<String, String> after, Set<String> listKeys) {
            StringJoiner detail = new StringJoiner("；");
            if (before == null) {
                after.forEach((key, value) -> detail.add(key + "=" + value));
                return limit("新建：" + detail);
            }
            for (Map.Entry<String, String> entry : after.entrySet()) {
                String key = entry.getKey();
                String was = before.get(key);
                String now = entry.getValue();
                if (Objects.equals(was, now)) {
                    continue;
                }
                if (listKeys.contains(key)) {
                    Set<String> old = entries(was);
                    Set<String> current = entries(now);
                    StringJoiner change = new StringJoiner(" ", key + "：", "");
                    current.stream().filter(e -> !old.contains(e)).forEach(e -> change.add("+" + e));
                    old.stream().filter(e -> !current.contains(e)).forEach(e -> change.add("-" + e));
                    detail.add(change.toString());
                } else {
                    detail.add(key + "：" + was + " → " + now);
                }
            }
            return limit("修改：" + detail);
        }

        private static Set<String> entries(String list) {
            Set<String> entries = new TreeSet<>();
            for (String entry : (list == null ? "" : list).split("\\s*,\\s*")) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
            return entries;
        }

        private static String limit(String detail) {
            return detail.length() <= AuditLogImpl.MAX_DETAIL_LENGTH ? detail
                    : detail.substring(0, AuditLogImpl.MAX_DETAIL_LENGTH - 1) + "…";
        }
    }
}
