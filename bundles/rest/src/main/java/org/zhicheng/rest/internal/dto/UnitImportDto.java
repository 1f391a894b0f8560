package org.zhicheng.rest.internal.dto;

import java.util.List;

import org.zhicheng.api.unit.UnitImport;
import org.zhicheng.rest.internal.problem.Problem;

/**
 * The answer to a CSV import: 200 with the units imported, or (any row wrong, nothing imported) an RFC 7807 problem
 * {@code UNITS_NOT_IMPORTED} whose {@code detail} sums it up and whose {@code errors} name every wrong row.
 */
public final class UnitImportDto {

    private UnitImportDto() {
    }

    public record Imported(int imported, List<UnitDto> units) {
    }

    public record RowError(long row, String zh, String en) {
    }

    public record Refused(String type, int status, String code, String title, String detail, Problem.Message message,
                          List<RowError> errors) {
    }

    public static Imported imported(UnitImport result) {
        return new Imported(result.imported().size(), result.imported().stream().map(UnitDto::of).toList());
    }

    public static Refused refused(UnitImport result, int status) {
        List<RowError> errors = result.errors().stream()
                .map(e -> new RowError(e.row(), e.chineseMessage(), e.englishMessage())).toList();
        String zh = "导入失败，未导入任何单位：" + String.join("；", errors.stream().map(RowError::zh).toList());
        String en = errors.size() + " row(s) wrong, nothing imported";
        return new Refused(Problem.TYPE_BASE + "UNITS_NOT_IMPORTED", status, "UNITS_NOT_IMPORTED", en, zh,
                new Problem.Message(zh, en), errors);
    }
}
