package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.attachment.BlindAttachment;

/** A masked scan as a blind expert sees it: its type and number, never its file name. */
public record BlindAttachmentDto(long id, long applicationId, String type, String label, String contentType, long size) {

    public static BlindAttachmentDto of(BlindAttachment a) {
        return new BlindAttachmentDto(a.id(), a.applicationId(), a.type().name(), a.label(), a.contentType(), a.size());
    }
}
