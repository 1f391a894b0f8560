package org.zhicheng.core.internal.sheet;

import java.util.List;
import java.util.Map;

import org.zhicheng.api.sheet.CellError;

/** One data row by column, collecting what is wrong with its cells as {@link CellError}s (Chinese and English). */
public final class RowCells {

    private final long row;
    private final List<String> cells;
    private final Map<Column, Integer> positions;
    private final List<CellError> errors;
    private boolean wrong;

    RowCells(long row, List<String> cells, Map<Column, Integer> positions, List<CellError> errors) {
        this.row = row;
        this.cells = cells;
        this.positions = positions;
        this.errors = errors;
    }

    public long row() {
        return row;
    }

    /** Whether any error was reported on this row. */
    public boolean wrong() {
        return wrong;
    }

    public void error(Column column, String chinese, String english) {
        wrong = true;
        errors.add(new CellError(row, column == null ? null : column.chinese(),
                "第" + row + "行" + (column == null ? "" : "“" + column.chinese() + "”列") + "：" + chinese,
                "row " + row + (column == null ? "" : ", column " + column.english()) + ": " + english));
    }

    /** An error on the row named in the message ("第n行：…"), kept with its column. */
    public void rowError(Column column, String chinese, String english) {
        wrong = true;
        errors.add(new CellError(row, column == null ? null : column.chinese(), "第" + row + "行：" + chinese,
                "row " + row + ": " + english));
    }

    /** The cell's text, or null (with an error) when it is empty or a formula. */
    public String required(Column column) {
        String text = optional(column);
        if (text == null && !formula(column)) {
            error(column, "不能为空", "must not be empty");
        }
        return text;
    }

    /** The cell's text, or null when empty; a formula is an error (a spreadsheet's formula is never taken as data). */
    public String optional(Column column) {
        Integer index = positions.get(column);
        String text = index == null || index >= cells.size() ? "" : cells.get(index);
        if (text.startsWith("=")) {
            error(column, "不能是公式（“" + shorten(text) + "”），请填写数值或文字", "must not be a formula");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private boolean formula(Column column) {
        Integer index = positions.get(column);
        return index != null && index < cells.size() && cells.get(index).startsWith("=");
    }

    /** A whole number within the bounds, or null with an error. */
    public Integer integer(Column column, int min, int max) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                error(column, "须在" + min + "至" + max + "之间（现为" + value + "）", "must be " + min + " to " + max + ", not " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(column, "须为整数（现为“" + shorten(text) + "”）", "must be a whole number, not \"" + shorten(text) + "\"");
            return null;
        }
    }

    /** 是 / 否 (also yes/no, true/false, 1/0), or null with an error. */
    public Boolean yesNo(Column column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "是", "yes", "true", "1":
                return true;
            case "否", "no", "false", "0":
                return false;
            default:
                error(column, "须填“是”或“否”（现为“" + shorten(text) + "”）", "must be yes or no, not \"" + shorten(text) + "\"");
                return null;
        }
    }

    public static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
