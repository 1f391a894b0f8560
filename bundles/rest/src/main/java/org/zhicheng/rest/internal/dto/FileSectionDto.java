package org.zhicheng.rest.internal.dto;

import java.util.List;
import java.util.Map;

import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;

/**
 * A section of the applicant's file with its fields and the values filled; field types as the descriptor
 * names them ({@code text}, {@code long-text}, {@code number}, {@code date}, {@code choice}).
 */
public record FileSectionDto(String id, String title, boolean seriesSpecific, List<Field> fields, Map<String, String> values) {

    public record Field(String id, String label, String type, boolean required, List<String> choices, boolean identity,
                        String hint) {
        static Field of(FileField f) {
            return new Field(f.id(), f.label(), f.type().descriptorTerm(), f.required(), f.choices(), f.identity(), f.hint());
        }
    }

    /** The section as the caller may see it: {@code blind} leaves out identity fields. */
    public static FileSectionDto of(FileSection section, Map<String, String> values, boolean blind) {
        return new FileSectionDto(section.id(), section.title(), section.seriesSpecific(), section.fields().stream()
                .filter(f -> !blind || !f.identity()).map(Field::of).toList(), values);
    }
}
