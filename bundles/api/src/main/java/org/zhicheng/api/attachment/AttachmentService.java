package org.zhicheng.api.attachment;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/** The attachments of applicants' files; implemented by the platform only. */
@ProviderType
public interface AttachmentService {

    /**
     * Stores a scan for a file the applicant may still edit (draft or returned). Only PDF, JPEG and PNG (checked
     * by content, not by name) up to the configured size are taken.
     */
    Attachment upload(long applicationId, AttachmentType type, String fileName, byte[] content, boolean masked, Actor actor);

    /** Every attachment with its file name, for whoever may see the file; refused to experts. */
    List<Attachment> attachments(long applicationId, Actor actor);

    /**
     * For blind review: only the scans the applicant marked masked, without file names, for an expert assigned
     * to the file (and whoever may see it); an unmasked scan is never in it. Refused with {@code NOT_ASSIGNED} to
     * any other expert.
     *
     * @since 2.1
     */
    List<BlindAttachment> maskedAttachments(long applicationId, Actor actor);

    /**
     * The stored bytes, checked against their SHA-256; for whoever may see the file, and for an expert assigned to
     * it only when the scan is masked (identity covered, R-17).
     */
    byte[] content(long attachmentId, Actor actor);

    /** Removes an attachment of a file the applicant may still edit. */
    void remove(long attachmentId, Actor actor);

    /**
     * every education certificate comes with its CHSI record or, where none exists, the graduate
     * registration form; empty when complete, else what is missing in Chinese.
     */
    List<String> missingEducationProof(long applicationId, Actor actor);
}
