package org.zhicheng.api.file;

import java.util.List;
import java.util.Objects;

/**
 * One field of a section of the file.
 *
 * @param id       stable within its section (values are stored under it)
 * @param label    shown to the applicant, in Chinese
 * @param choices  the values a {@link FieldType#CHOICE} field takes; empty for every other type
 * @param identity names or points at the applicant (工作单位, work history): never shown to experts
 * @param hint     help shown beside the field; empty when none
 */
public record FileField(String id, String label, FieldType type, boolean required, List<String> choices, boolean identity,
                        String hint) {

    public FileField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        hint = hint == null ? "" : hint;
        boolean choice = type == FieldType.CHOICE;
        if (choice && choices.isEmpty() || !choice && !choices.isEmpty()) {
            throw new IllegalArgumentException("field " + id + ": choices belong to choice fields, and only to them");
        }
    }

    /** A required field without choices, identity or hint. */
    public static FileField required(String id, String label, FieldType type) {
        return new FileField(id, label, type, true, List.of(), false, "");
    }
}
