package org.zhicheng.rest.internal.dto;

import java.time.Instant;

import org.zhicheng.api.attachment.Attachment;

/** An attachment's description; the bytes are not part of it. */
public record AttachmentDto(long id, long applicationId, String type, String typeLabel, String fileName, String contentType,
                            long size, String sha256, boolean masked, Instant uploadedAt, String uploadedBy) {

    public static AttachmentDto of(Attachment a) {
        return new AttachmentDto(a.id(), a.applicationId(), a.type().name(), a.type().officialTerm(), a.fileName(),
                a.contentType(), a.size(), a.sha256(), a.masked(), a.uploadedAt(), a.uploadedBy());
    }
}
