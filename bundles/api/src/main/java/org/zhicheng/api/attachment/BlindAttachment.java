package org.zhicheng.api.attachment;

/**
 * A masked scan as a blind expert sees it: its type and its number among the file's masked scans of that type,
 * never the file name, the uploader or the time of upload, which can name or point at the applicant.
 *
 * @param id     what {@link AttachmentService#content} reads it by; says nothing about the applicant
 * @param number 1, 2, … among the file's masked scans of the same type, in the order they were uploaded
 */
public record BlindAttachment(long id, long applicationId, AttachmentType type, int number, String contentType, long size) {

    /** What the expert reads it as: the type's official term and its number, e.g. {@code 业绩成果材料 2}. */
    public String label() {
        return type.officialTerm() + " " + number;
    }
}
