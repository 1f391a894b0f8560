package org.zhicheng.core.internal.attachment;

import static org.zhicheng.core.internal.MagicBytes.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.attachment.BlindAttachment;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.evaluation.ExpertAssignmentEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;

/**
 * Attachments on disk (Config Admin pid {@code org.zhicheng.attachments}, default {@code data/attachments}),
 * metadata and checksum in the database; a file is written and synced before its row commits, so an
 * acknowledged upload is on disk.
 */
@Component(service = AttachmentService.class, configurationPid = "org.zhicheng.attachments")
@Designate(ocd = AttachmentServiceImpl.Configuration.class)
public class AttachmentServiceImpl implements AttachmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentServiceImpl.class);

    @ObjectClassDefinition(name = "Zhicheng attachments")
    public @interface Configuration {
        @AttributeDefinition(description = "Directory of the stored scans; empty for ${karaf.data}/attachments")
        String directory() default "";

        @AttributeDefinition(description = "Largest accepted attachment, bytes")
        long maxBytes() default 10L * 1024 * 1024;
    }

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final Path directory;
    private final long maxBytes;

    @Activate
    public AttachmentServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                 @Reference AuditLogImpl audit, Configuration configuration) {
        this.jpa = jpa;
        this.audit = audit;
        this.directory = directoryOf(configuration.directory());
        this.maxBytes = configuration.maxBytes();
    }

    /** The scans' directory for the configured value (pid {@code org.zhicheng.attachments}, key {@code directory}). */
    public static Path directoryOf(String configured) {
        String value = configured == null ? "" : configured.trim();
        return value.isEmpty() ? Path.of(System.getProperty("karaf.data", "data"), "attachments") : Path.of(value);
    }

    @Override
    public Attachment upload(long applicationId, AttachmentType type, String fileName, byte[] content, boolean masked,
                             Actor actor) {
        if (type == null) {
            throw Refusal.INVALID_INPUT.variant("attachmentType").refuse();
        }
        Access.requireActor(actor);
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw Refusal.EMPTY_ATTACHMENT.refuse();
        }
        if (content.length > maxBytes) {
            throw Refusal.ATTACHMENT_TOO_LARGE.refuse(maxBytes / 1024 / 1024, maxBytes);
        }
        String contentType = ScanContent.check(content, name); // parsed whole, not by its first bytes
        String sha256 = sha256(content);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireEditable(em, applicationId, actor);
            String storedName = UUID.randomUUID() + extension(contentType);
            write(applicationId, storedName, content);
            AttachmentEntity entity = new AttachmentEntity(applicationId, type, name, contentType, content.length, sha256,
                    storedName, masked, Instant.now(), actor.username());
            em.persist(entity);
            // no flush of its own: the audit head's query flushes these rows before it takes the head lock (issue 16)
            audit.record(em, actor.username(), "ATTACHMENT_UPLOADED", FileHistory.subject(applicationId),
                    type.officialTerm() + "：" + name + "，" + content.length + "字节，SHA-256 " + sha256 + (masked ? "，已遮盖" : ""));
            return entity.toRecord();
        });
    }

    @Override
    public List<Attachment> attachments(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.require(actor, Act.VIEW, FileScope.of(Guarded.application(em, applicationId)));
            return em.createNamedQuery(AttachmentEntity.FOR_APPLICATION, AttachmentEntity.class)
                    .setParameter("applicationId", applicationId).getResultList().stream()
                    .map(AttachmentEntity::toRecord).toList();
        });
    }

    @Override
    public List<BlindAttachment> maskedAttachments(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ExpertAssignmentEntity.blindReadable(em, applicationId, actor);
            // only what the applicant masked, and no file name, which may well be the applicant's own
            Map<AttachmentType, Integer> numbers = new EnumMap<>(AttachmentType.class);
            List<BlindAttachment> masked = new ArrayList<>();
            for (AttachmentEntity entity : em.createNamedQuery(AttachmentEntity.FOR_APPLICATION, AttachmentEntity.class)
                    .setParameter("applicationId", applicationId).getResultList()) {
                Attachment a = entity.toRecord();
                if (a.masked()) {
                    masked.add(new BlindAttachment(a.id(), applicationId, a.type(), numbers.merge(a.type(), 1, Integer::sum),
                            a.contentType(), a.size()));
                }
            }
            return List.copyOf(masked);
        });
    }

    @Override
    public byte[] content(long attachmentId, Actor actor) {
        Access.requireActor(actor);
        AttachmentEntity entity = jpa.txExpr(TransactionType.Required, em -> {
            AttachmentEntity found = em.find(AttachmentEntity.class, attachmentId);
            if (found == null) {
                throw unknownAttachment(attachmentId);
            }
            long applicationId = found.toRecord().applicationId();
            // an assigned expert reads only scans the applicant masked (name, photo, employer hidden)
            boolean blindReader = actor.role() == Role.EXPERT && found.toRecord().masked()
                    && ExpertAssignmentEntity.isAssigned(em, applicationId, actor.expertId());
            if (!blindReader) {
                Access.require(actor, Act.VIEW, FileScope.of(Guarded.application(em, applicationId)));
            }
            return found;
        });
        Attachment attachment = entity.toRecord();
        try {
            byte[] content = Files.readAllBytes(path(attachment.applicationId(), entity.getStoredName()));
            if (!sha256(content).equals(attachment.sha256())) {
                throw Refusal.ATTACHMENT_ALTERED.refuse(attachment.fileName(), attachmentId);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + attachmentId + " unreadable", e);
        }
    }

    @Override
    public void remove(long attachmentId, Actor actor) {
        Access.requireActor(actor);
        Path removed = jpa.txExpr(TransactionType.Required, em -> {
            AttachmentEntity entity = em.find(AttachmentEntity.class, attachmentId);
            if (entity == null) {
                throw unknownAttachment(attachmentId);
            }
            Attachment attachment = entity.toRecord();
            requireEditable(em, attachment.applicationId(), actor);
            em.remove(entity);
            em.flush();
            audit.record(em, actor.username(), "ATTACHMENT_REMOVED", FileHistory.subject(attachment.applicationId()),
                    attachment.type().officialTerm() + "：" + attachment.fileName() + "，SHA-256 " + attachment.sha256());
            return path(attachment.applicationId(), entity.getStoredName());
        });
        // only once the removal is committed: a rolled-back removal keeps its scan
        try {
            Files.deleteIfExists(removed);
        } catch (IOException e) {
            LOG.warn("Removed attachment {} left its file {} behind", attachmentId, removed, e);
        }
    }

    @Override
    public List<String> missingEducationProof(long applicationId, Actor actor) {
        return EducationProof.missing(attachments(applicationId, actor).stream().map(Attachment::type).toList());
    }

    /** The applicant changes attachments of their own file, only in a draft or a returned file. */
    private static void requireEditable(EntityManager em, long applicationId, Actor actor) {
        Guarded.editable(em, applicationId, actor, Act.EDIT, "附件");
    }

    private static ZhichengException unknownAttachment(long attachmentId) {
        return Refusal.UNKNOWN_ATTACHMENT.refuse(attachmentId);
    }

    /** By the content's first bytes, never by the name the browser sent. */
    static String sniff(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        throw Refusal.WRONG_FILE_TYPE.refuse();
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().trim();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.INVALID_INPUT.variant("attachmentName").refuse();
        }
        return name;
    }

    private Path path(long applicationId, String storedName) {
        return directory.resolve(Long.toString(applicationId)).resolve(storedName);
    }

    /** Written to a temporary name, synced, then moved: a crash leaves no half file under the real name. */
    private void write(long applicationId, String storedName, byte[] content) {
        Path target = path(applicationId, storedName);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(storedName + ".part");
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + target, e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
