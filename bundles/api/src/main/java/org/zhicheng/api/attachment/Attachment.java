package org.zhicheng.api.attachment;

import java.time.Instant;

/**
 * An uploaded scan of an original.
 *
 * @param masked the applicant masked name, photo and employer in it, so blind experts may see it
 * @param sha256 of the stored content, to prove it unchanged
 */
public record Attachment(long id, long applicationId, AttachmentType type, String fileName, String contentType, long size,
                         String sha256, boolean masked, Instant uploadedAt, String uploadedBy) {
}
