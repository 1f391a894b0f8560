package org.zhicheng.core.internal.sheet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.sheet.CellError;
import org.zhicheng.api.sheet.SheetImport;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.security.Access;

/**
 * The one import pipeline (issue 18), for the sheet service's kinds and the units' CSV import alike: the size, the file
 * read whole, the header, every row checked (against the database too), duplicates and contradictions with the record;
 * only when nothing is wrong are the new rows stored, in one transaction, with one audit entry.
 */
public final class SheetPipeline {

    /** The outcome and what was stored (the importer's records, in file order). */
    public record Outcome(SheetImport result, List<Object> stored) {
    }

    private SheetPipeline() {
    }

    /**
     * Checks the file whole and, with {@code store} and no error, stores its new rows in one transaction and audits the
     * file once. A file whose rows are all on record stores and records nothing.
     */
    public static <T> Outcome run(JpaTemplate jpa, AuditLogImpl audit, SheetImporter<T> importer, String fileName,
                                  byte[] content, Actor actor, boolean store, long maxBytes, int maxRows) {
        Access.requireRole(actor, importer.roles(), "导入" + importer.kind().chineseName());
        byte[] bytes = content == null ? new byte[0] : content;
        String name = fileName == null || fileName.isBlank() ? "upload" : RowCells.shorten(fileName.strip());
        String sha256 = sha256(bytes);
        if (bytes.length > maxBytes) {
            return refused(importer, name, sha256, 0, new CellError(0, null, "文件过大（" + megabytes(bytes.length) + "），上限为"
                    + megabytes(maxBytes), "the file is too large (" + bytes.length + " bytes), the limit is " + maxBytes));
        }
        List<SheetReading.Line> lines;
        try {
            lines = SheetReading.read(name, bytes, maxRows);
        } catch (SheetReading.Refused e) {
            return refused(importer, name, sha256, 0, e.error);
        }
        List<CellError> errors = new ArrayList<>();
        Map<Column, Integer> positions = header(importer, lines.get(0), errors);
        int rows = lines.size() - 1;
        if (!errors.isEmpty()) {
            return new Outcome(new SheetImport(importer.kind(), name, sha256, rows, 0, 0, false, errors), List.of());
        }
        if (rows == 0) {
            return refused(importer, name, sha256, 0, new CellError(0, null, "文件中只有表头，没有数据行", "the file holds no data row"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Object, Long> seen = new HashMap<>();
            List<T> added = new ArrayList<>();
            int unchanged = 0;
            for (SheetReading.Line line : lines.subList(1, lines.size())) {
                RowCells cells = new RowCells(line.number(), line.cells(), positions, errors);
                T value = importer.parse(cells, em, actor);
                if (value == null) {
                    continue;
                }
                Long earlier = seen.putIfAbsent(importer.key(value), line.number());
                if (earlier != null) {
                    cells.rowError(importer.keyColumn(), importer.keyColumn().chinese() + "与第" + earlier + "行重复",
                            importer.keyColumn().english() + " repeats row " + earlier);
                    continue;
                }
                boolean known = importer.onRecord(value, cells, em);
                if (!cells.wrong()) {
                    if (known) {
                        unchanged++;
                    } else {
                        added.add(value);
                    }
                }
            }
            if (!errors.isEmpty()) {
                return new Outcome(new SheetImport(importer.kind(), name, sha256, rows, 0, 0, false, errors), List.of());
            }
            List<Object> stored = new ArrayList<>();
            if (store && !added.isEmpty()) {
                for (T value : added) {
                    stored.add(importer.store(value, em, actor));
                }
                em.flush();
                // one entry for the whole file; a file whose rows are all on record changes nothing, records nothing
                audit.record(em, actor.username(), "SHEET_IMPORTED", "sheet:" + importer.kind().name(), "导入"
                        + importer.kind().chineseName() + "：文件“" + name + "”，SHA-256 " + sha256 + "，共" + rows + "行，新增"
                        + added.size() + "行，已有" + unchanged + "行");
            }
            return new Outcome(new SheetImport(importer.kind(), name, sha256, rows, added.size(), unchanged, store, List.of()),
                    stored);
        });
    }

    private static Outcome refused(SheetImporter<?> importer, String name, String sha256, int rows, CellError error) {
        return new Outcome(new SheetImport(importer.kind(), name, sha256, rows, 0, 0, false, List.of(error)), List.of());
    }

    /** The columns by position; missing columns (first, in one error), unknown or repeated ones are errors on row 1. */
    private static Map<Column, Integer> header(SheetImporter<?> importer, SheetReading.Line header, List<CellError> errors) {
        Map<Column, Integer> positions = new HashMap<>();
        List<CellError> others = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i);
            if (text.isEmpty()) {
                continue;
            }
            Column column = importer.columns().stream().filter(c -> c.matches(text)).findFirst().orElse(null);
            if (column == null) {
                others.add(new CellError(1, text, "第1行：表头“" + RowCells.shorten(text) + "”不是本模板的列，表头应为："
                        + expected(importer), "row 1: \"" + RowCells.shorten(text) + "\" is not a column of this template"));
            } else if (positions.putIfAbsent(column, i) != null) {
                others.add(new CellError(1, column.chinese(), "第1行：表头“" + column.chinese() + "”出现了两次",
                        "row 1: column " + column.english() + " appears twice"));
            }
        }
        List<Column> missing = importer.columns().stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(new CellError(1, missing.get(0).chinese(), "第1行：表头缺少列"
                    + String.join("、", missing.stream().map(Column::chinese).toList()) + "，表头应为：" + expected(importer),
                    "row 1: the header lacks " + String.join(", ", missing.stream().map(Column::english).toList())));
        }
        errors.addAll(others);
        return positions;
    }

    private static String expected(SheetImporter<?> importer) {
        return String.join(",", importer.columns().stream().map(Column::chinese).toList());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
