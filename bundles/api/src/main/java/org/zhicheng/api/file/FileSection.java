package org.zhicheng.api.file;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of the file, filled and saved as a whole.
 *
 * @param seriesSpecific declared by the series' plugin rather than common to every series
 */
public record FileSection(String id, String title, boolean seriesSpecific, List<FileField> fields) {

    public FileSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    public Optional<FileField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }
}
