package org.zhicheng.api.progress;

/**
 * One thing still missing, in the applicant's words, with where to fix it: the part (tab) and, for a section's field,
 * its section and field ids (else empty). {@code blocking}: whether it keeps the file from being submitted;
 * continuing-education shortfalls inform only.
 */
public record MissingItem(FilePart part, String sectionId, String fieldId, String text, boolean blocking) {

    public MissingItem {
        sectionId = sectionId == null ? "" : sectionId;
        fieldId = fieldId == null ? "" : fieldId;
    }
}
