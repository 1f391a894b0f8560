package org.zhicheng.api.sheet;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking or importing a spreadsheet: either every row is fine ({@code errors} empty: {@code added}
 * rows are new, {@code unchanged} were on record already) or nothing was (or would be) stored and {@code errors} says
 * what is wrong, row by row and column by column.
 *
 * @param rows    the data rows the file holds (without the header)
 * @param sha256  the file's SHA-256, hex, as the audit entry names it
 * @param stored  whether this was the import itself rather than a check
 */
public record SheetImport(ImportKind kind, String fileName, String sha256, int rows, int added, int unchanged,
                          boolean stored, List<CellError> errors) {

    public SheetImport {
        Objects.requireNonNull(kind, "kind");
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
