package org.zhicheng.core.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhicheng.api.sheet.SheetFormat;

/**
 * Writes a table as .xlsx (Apache POI) or CSV (Commons CSV, UTF-8 with a byte-order mark for Excel). Text is never a
 * formula: a cell starting with = + - @ or a control character gets a leading apostrophe (OWASP's CSV injection
 * advice), which {@link SheetReading} takes off again.
 */
final class SheetWriting {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetWriting() {
    }

    static byte[] write(SheetFormat format, String title, List<String> header, List<List<Object>> rows) {
        return format == SheetFormat.XLSX ? PoiContext.call(() -> xlsx(title, header, rows)) : csv(header, rows);
    }

    /** The text as a spreadsheet program shows it, never run: formula-like text is quoted. */
    static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n'
                ? "'" + text : text;
    }

    private static byte[] xlsx(String title, List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(inert(String.valueOf(value)));
                    }
                }
            }
            for (int i = 0; i < header.size(); i++) {
                // CJK text is about twice as wide as the width POI reckons from the characters
                sheet.setColumnWidth(i, Math.min(60, Math.max(8, 2 * widest(header.get(i), rows, i) + 2)) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int widest(String header, List<List<Object>> rows, int column) {
        int widest = header.length();
        for (List<Object> row : rows) {
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, String.valueOf(row.get(column)).length());
            }
        }
        return widest;
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(value -> value instanceof Number ? String.valueOf(value)
                        : inert(value == null ? "" : String.valueOf(value))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
