package org.zhicheng.core.internal.unit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.unit.Counties;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.UnitImport.RowError;
import org.zhicheng.api.unit.UnitType;

/**
 * Reads the units' CSV: a header row naming the columns (in Chinese or English, in any order), then one unit a row.
 * Checks what a row alone (and the file) can tell; the database's checks follow in the service.
 */
final class UnitCsv {

    /** Beyond this a file is refused whole: imports are for a county's or the prefecture's list, not bulk data. */
    static final int MAX_ROWS = 5000;

    private enum Column {
        NAME("单位名称", "name"), CREDIT_CODE("统一社会信用代码", "creditCode"), TYPE("单位类型", "type"),
        COUNTY("县市", "county"), TIER("层级", "tier");

        final String chinese;
        final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }
    }

    record Row(long line, NewUnit unit) {
    }

    record Parsed(List<Row> rows, List<RowError> errors) {
    }

    private UnitCsv() {
    }

    static Parsed parse(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<Column, Integer> columns = null;
            Map<String, Long> lineOfCode = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber(); // the record's last line: records are one line
                if (columns == null) {
                    columns = header(record, errors);
                    if (columns == null) {
                        return new Parsed(List.of(), errors);
                    }
                    continue;
                }
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new RowError(line, "第" + line + "行：一次最多导入" + MAX_ROWS + "个单位",
                            "line " + line + ": at most " + MAX_ROWS + " units per file"));
                    break;
                }
                try {
                    NewUnit unit = unit(record, columns);
                    Long earlier = lineOfCode.putIfAbsent(unit.creditCode().value(), line);
                    if (earlier != null) {
                        throw new IllegalArgumentException("统一社会信用代码与第" + earlier + "行重复 / the credit code repeats line "
                                + earlier);
                    }
                    rows.add(new Row(line, unit));
                } catch (IllegalArgumentException | NullPointerException e) {
                    String message = String.valueOf(e.getMessage());
                    int slash = message.indexOf(" / ");
                    errors.add(new RowError(line, "第" + line + "行：" + (slash < 0 ? message : message.substring(0, slash)),
                            "line " + line + ": " + (slash < 0 ? message : message.substring(slash + 3))));
                }
            }
            if (columns == null) {
                errors.add(new RowError(1, "文件为空，第1行须为表头：" + expectedHeader(), "the file is empty"));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new RowError(0, "文件无法读取为CSV：" + e.getMessage(), "not a readable CSV file: " + e.getMessage()));
        }
        return new Parsed(rows, errors);
    }

    /** One row as a unit; the record's and the columns' checks throw with a "中文 / English" message. */
    private static NewUnit unit(CSVRecord record, Map<Column, Integer> columns) {
        String name = value(record, columns, Column.NAME);
        String code = value(record, columns, Column.CREDIT_CODE);
        String typeText = value(record, columns, Column.TYPE);
        String county = value(record, columns, Column.COUNTY);
        String tierText = value(record, columns, Column.TIER);
        UnitType type = UnitType.parse(typeText).orElseThrow(() -> new IllegalArgumentException("单位类型无效：“" + typeText
                + "”，应为党政机关、事业单位、国有企业、民营企业、社会组织或其他 / unknown unit type " + typeText));
        if (!county.isEmpty() && !Counties.isKnown(county)) {
            throw new IllegalArgumentException("县（市）无效：“" + county + "”，须为阿克苏地区的县（市），地直单位留空 / unknown county "
                    + county);
        }
        Tier tier = tier(tierText);
        return new NewUnit(name, new CreditCode(code), type, county, tier);
    }

    private static Tier tier(String text) {
        for (Tier tier : Tier.values()) {
            if (tier.officialTerm().equals(text) || tier.name().equalsIgnoreCase(text)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("层级无效：“" + text + "”，应为地直、县市或乡镇 / unknown tier " + text);
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        int index = columns.get(column);
        return index < record.size() ? record.get(index).trim() : "";
    }

    private static Map<Column, Integer> header(CSVRecord record, List<RowError> errors) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").trim();
            for (Column column : Column.values()) {
                if (column.chinese.equals(name) || column.english.equalsIgnoreCase(name)) {
                    columns.put(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!columns.containsKey(column)) {
                missing.add(column.chinese);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new RowError(1, "第1行：表头缺少列" + String.join("、", missing) + "，表头应为：" + expectedHeader(),
                    "line 1: the header lacks columns, expected " + expectedHeader()));
            return null;
        }
        return columns;
    }

    static String expectedHeader() {
        List<String> names = new ArrayList<>();
        for (Column column : Column.values()) {
            names.add(column.chinese);
        }
        return String.join(",", names);
    }
}
