package org.zhicheng.api.unit;

import java.util.List;

/**
 * The outcome of a CSV import: either every row was recorded ({@code imported}) or, when any row is wrong, none
 * was and {@code errors} says what is wrong, row by row.
 */
public record UnitImport(List<Unit> imported, List<RowError> errors) {

    public UnitImport {
        imported = List.copyOf(imported);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /**
     * @param row the line number in the file (the header is line 1)
     */
    public record RowError(long row, String chineseMessage, String englishMessage) {
    }
}
