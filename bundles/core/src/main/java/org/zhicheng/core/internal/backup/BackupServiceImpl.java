package org.zhicheng.core.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.backup.Backup;
import org.zhicheng.api.backup.BackupService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;
import org.zhicheng.core.internal.audit.AuditEntryEntity;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.security.Access;

/**
 * Online backups (issue 17) into a directory under the configured root (pid {@code org.zhicheng.backup}, key
 * {@code root}, default {@code ${karaf.base}/backups}): first the audit checkpoints (so that none in the backup is
 * ahead of its chain), then the database through Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} (consistent while
 * others write), then the attachments (each written before its row commits, so every row in the backed-up database
 * has its file), and last {@value BackupService#MANIFEST}, every file's SHA-256 in {@code sha256sum} format. Reads pid
 * {@code org.zhicheng.attachments} for the attachments' directory (no metatype designation: bnd allows one only for a
 * single pid). PostgreSQL is refused: pg_dump backs it up (docs/operating.md).
 */
@Component(service = BackupService.class,
        configurationPid = {"org.zhicheng.attachments", "org.zhicheng.backup"})
public class BackupServiceImpl implements BackupService {

    @ObjectClassDefinition(name = "Zhicheng backups")
    public @interface Configuration {
        @AttributeDefinition(description = "Directory the backups are written under; empty for ${karaf.base}/backups")
        String root() default "";

        @AttributeDefinition(description = "Directory of the stored scans (pid org.zhicheng.attachments)")
        String directory() default "";
    }

    static final String DATABASE = "database";
    static final String ATTACHMENTS = "attachments";
    static final String CHECKPOINTS = "audit-checkpoints.log";
    static final String PROPERTIES = "backup.properties";

    private static final Set<Role> BACKERS = Set.of(Role.ADMIN, Role.SYSTEM);
    private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("'zhicheng-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final Path root;
    private final Path attachments;
    private final Clock clock;

    @Activate
    public BackupServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference AuditLogImpl audit,
                             Configuration configuration) {
        this(jpa, audit, rootOf(configuration.root()), AttachmentServiceImpl.directoryOf(configuration.directory()),
                Clock.systemUTC());
    }

    public BackupServiceImpl(JpaTemplate jpa, AuditLogImpl audit, Path root, Path attachments, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.root = root.toAbsolutePath().normalize();
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The backups' root for the configured value (pid {@code org.zhicheng.backup}, key {@code root}). */
    static Path rootOf(String configured) {
        String value = configured == null ? "" : configured.trim();
        return value.isEmpty() ? Path.of(System.getProperty("karaf.base", "."), "backups") : Path.of(value);
    }

    @Override
    public Backup backup(String directory, Actor actor) {
        Access.requireRole(actor, BACKERS, "备份平台数据");
        Instant takenAt = clock.instant();
        Path target = target(directory, takenAt);
        String product = product();
        if (!product.contains("Derby")) {
            throw Refusal.BACKUP_NOT_DERBY.refuse(product);
        }
        synchronized (this) { // one backup at a time on this node: Derby runs one backup at a time anyway
            claim(target, directory);
            try {
                Files.writeString(target.resolve(CHECKPOINTS), audit.checkpointsSnapshot(), StandardCharsets.UTF_8);
                long entries = backUpDatabase(target.resolve(DATABASE));
                int copied = copyAttachments(target.resolve(ATTACHMENTS));
                Files.writeString(target.resolve(PROPERTIES), "takenAt=" + takenAt + "\ndatabase=" + product
                        + "\nauditEntries=" + entries + "\nattachments=" + copied + "\n", StandardCharsets.UTF_8);
                List<String> lines = manifest(target);
                Files.write(target.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
                long bytes = size(target);
                Backup backup = new Backup(target.toString(), takenAt, product, entries, copied, lines.size(), bytes);
                audit.record(actor.username(), "BACKUP_TAKEN", "backup:" + target.getFileName(), lines.size() + " files, "
                        + bytes + " bytes, " + entries + " audit entries, " + copied + " attachments");
                return backup;
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                deleteQuietly(target);
                throw Refusal.BACKUP_FAILED.refuse(e.getMessage());
            }
        }
    }

    /** The directory under the root: a relative name resolved against it, an absolute path only if inside it. */
    private Path target(String directory, Instant takenAt) {
        String value = directory == null || directory.isBlank() ? NAMES.format(takenAt) : directory.trim();
        Path resolved;
        try {
            resolved = root.resolve(value).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw Refusal.BACKUP_OUTSIDE_ROOT.refuseOn("directory", value, root);
        }
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw Refusal.BACKUP_OUTSIDE_ROOT.refuseOn("directory", value, root);
        }
        return resolved;
    }

    private static void claim(Path target, String asked) {
        try {
            if (Files.exists(target)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(target)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty) {
                    throw Refusal.BACKUP_TARGET_NOT_EMPTY.refuseOn("directory", asked == null ? target : asked);
                }
            }
            Files.createDirectories(target);
        } catch (IOException e) {
            throw Refusal.BACKUP_FAILED.refuse(e.getMessage());
        }
    }

    private String product() {
        return jpa.txExpr(TransactionType.Required, em -> {
            try {
                return em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /** Derby's online backup into {@code into}/&lt;database name&gt;; the audit entries the backup holds. */
    private long backUpDatabase(Path into) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Connection connection = em.unwrap(Connection.class);
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                // counted in the transaction whose connection backs up, just before: the backup holds at least these
                long entries = em.createNamedQuery(AuditEntryEntity.COUNT, Long.class).getSingleResult();
                call.setString(1, into.toString());
                call.execute();
                return entries;
            } catch (SQLException e) {
                throw new IllegalStateException("Derby: " + e.getMessage(), e);
            }
        });
    }

    private int copyAttachments(Path into) throws IOException {
        Files.createDirectories(into);
        if (!Files.isDirectory(attachments)) {
            return 0; // nothing uploaded yet
        }
        int copied = 0;
        try (Stream<Path> files = Files.walk(attachments)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = into.resolve(attachments.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (Files.isRegularFile(from) && !from.getFileName().toString().endsWith(".part")) {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES); // .part: an upload still being written
                    copied++;
                }
            }
        }
        return copied;
    }

    /** {@code <sha256>  <relative path>} for every file, sorted by path: what {@code sha256sum -c} reads. */
    static List<String> manifest(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(MANIFEST)) {
                    lines.add(sha256(file) + "  " + relative);
                }
            }
        }
        return lines;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // what is left is named in the refusal's directory; nothing more to do here
        }
    }
}
