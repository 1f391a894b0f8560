package org.zhicheng.core.internal.attachment;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentType;

/** An attachment's metadata; the bytes are a file in the attachment store, named by {@link #storedName}. */
@Entity
@Table(name = "ZC_ATTACHMENT")
@NamedQuery(name = AttachmentEntity.FOR_APPLICATION,
        query = "SELECT a FROM AttachmentEntity a WHERE a.applicationId = :applicationId ORDER BY a.id")
public class AttachmentEntity {
    public static final String FOR_APPLICATION = "Attachment.forApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", nullable = false, length = 40)
    private AttachmentType type;

    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 50)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "STORED_NAME", nullable = false, length = 100)
    private String storedName;

    @Column(name = "MASKED", nullable = false)
    private boolean masked;

    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    @Column(name = "UPLOADED_BY", nullable = false, length = 100)
    private String uploadedBy;

    protected AttachmentEntity() {
        // for JPA
    }

    public AttachmentEntity(long applicationId, AttachmentType type, String fileName, String contentType, long size,
                            String sha256, String storedName, boolean masked, Instant uploadedAt, String uploadedBy) {
        this.applicationId = applicationId;
        this.type = type;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storedName = storedName;
        this.masked = masked;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public AttachmentType getType() {
        return type;
    }

    public String getStoredName() {
        return storedName;
    }

    public Attachment toRecord() {
        return new Attachment(id, applicationId, type, fileName, contentType, size, sha256, masked, uploadedAt, uploadedBy);
    }
}
