package org.zhicheng.rest.internal.dto;

import java.util.List;

import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.sheet.CellError;
import org.zhicheng.api.sheet.SheetImport;
import org.zhicheng.rest.internal.problem.Problem;

/**
 * The answer to a spreadsheet import: 200 with the counts, or (any row wrong, nothing stored) an RFC 7807 problem
 * {@code SHEET_INVALID} whose {@code detail} sums it up and whose {@code errors} name every wrong row and column.
 */
public final class SheetImportDto {

    private SheetImportDto() {
    }

    /** @param stored false for a check ({@code dryRun=true}): nothing was stored */
    public record Imported(String kind, String fileName, String sha256, int rows, int added, int unchanged, boolean stored) {
    }

    /** @param row the row in the file (the header is 1; 0 the file as a whole); column its Chinese header, or null */
    public record CellErrorDto(long row, String column, String zh, String en) {
    }

    public record Refused(String type, int status, String code, String title, String detail, Problem.Message message,
                          String sha256, List<CellErrorDto> errors) {
    }

    public static Imported imported(SheetImport result) {
        return new Imported(result.kind().name(), result.fileName(), result.sha256(), result.rows(), result.added(),
                result.unchanged(), result.stored());
    }

    public static Refused refused(SheetImport result) {
        List<CellErrorDto> errors = result.errors().stream().map(SheetImportDto::of).toList();
        String first = errors.get(0).zh() + (errors.size() > 1 ? "……" : "");
        ZhichengException refusal = Refusal.SHEET_INVALID.refuse(errors.size(), first);
        String zh = refusal.chineseMessage();
        String en = refusal.getMessage();
        return new Refused(Problem.TYPE_BASE + refusal.code(), refusal.status(), refusal.code(), en, zh,
                new Problem.Message(zh, en), result.sha256(), errors);
    }

    private static CellErrorDto of(CellError error) {
        return new CellErrorDto(error.row(), error.column(), error.chineseMessage(), error.englishMessage());
    }
}
