package org.zhicheng.core.internal.sheet;

import static org.zhicheng.core.internal.MagicBytes.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhicheng.api.sheet.CellError;

/**
 * Reads an uploaded spreadsheet into rows of cell texts, whatever its format: an .xlsx (recognised by its content, not
 * its name) or a CSV in UTF-8 (with or without a byte-order mark) or GB18030 (what Chinese Excel saves). Anything else
 * (a PDF, an old .xls, random bytes, a zip bomb) is refused with a {@link Refused} naming why.
 */
final class SheetReading {

    /** One row of the file: its number as a spreadsheet program shows it (the header is 1) and its cells' texts. */
    record Line(long number, List<String> cells) {
    }

    /** The file as a whole cannot be read as a spreadsheet. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient CellError error;

        Refused(String chinese, String english) {
            super(english, null, false, false);
            this.error = new CellError(0, null, chinese, english);
        }
    }

    private SheetReading() {
    }

    /** The file's non-blank rows, the header first; at most {@code maxRows} data rows. */
    static List<Line> read(String fileName, byte[] content, int maxRows) throws Refused {
        if (content.length == 0) {
            throw new Refused("文件为空", "the file is empty");
        }
        List<Line> lines;
        if (startsWith(content, 'P', 'K', 3, 4)) {
            lines = xlsx(content);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new Refused("这是旧版Excel（.xls）文件，请在Excel中另存为.xlsx或CSV后再导入",
                    "an old Excel (.xls) file: save it as .xlsx or CSV first");
        } else if (startsWith(content, '%', 'P', 'D', 'F')) {
            throw new Refused("这是PDF文件，不是电子表格，请使用下载的模板（.xlsx或CSV）", "a PDF file, not a spreadsheet");
        } else if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new Refused("文件名是.xlsx，但内容不是xlsx电子表格（文件已损坏或只是改了扩展名）",
                    "named .xlsx but not an .xlsx spreadsheet (damaged, or only renamed)");
        } else {
            lines = csv(text(content));
        }
        if (lines.isEmpty()) {
            throw new Refused("文件中没有内容，第1行须为表头", "the file holds nothing; row 1 must be the header");
        }
        if (lines.size() - 1 > maxRows) {
            throw new Refused("一次最多导入" + maxRows + "行（文件有" + (lines.size() - 1) + "行），请分成几个文件",
                    "at most " + maxRows + " rows per file (this one has " + (lines.size() - 1) + ")");
        }
        return lines;
    }

    private static String text(byte[] content) throws Refused {
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text;
        try {
            text = decode(StandardCharsets.UTF_8, content, start);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = decode(Charset.forName("GB18030"), content, start);
            } catch (CharacterCodingException notGb) {
                throw notASpreadsheet();
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0xFFFD) {
                throw notASpreadsheet(); // binary bytes: neither text nor a spreadsheet
            }
        }
        return text;
    }

    private static Refused notASpreadsheet() {
        return new Refused("文件不是电子表格：既不是.xlsx，也不是UTF-8或GB18030编码的CSV文本",
                "not a spreadsheet: neither .xlsx nor CSV text in UTF-8 or GB18030");
    }

    private static String decode(Charset charset, byte[] content, int start) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
    }

    private static List<Line> csv(String text) throws Refused {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(clean(cell)));
                if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    lines.add(new Line(record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("CSV格式错误（例如引号未闭合）：" + e.getMessage(), "malformed CSV: " + e.getMessage());
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content) throws Refused {
        try {
            return PoiContext.call(() -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                    Sheet sheet = workbook.getSheetAt(0);
                    List<Line> lines = new ArrayList<>();
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                            cells.add(clean(text(row.getCell(i))));
                        }
                        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                            lines.add(new Line(row.getRowNum() + 1L, cells));
                        }
                    }
                    return lines;
                }
            });
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the max")) {
                throw new Refused("文件解压后过大（疑似“压缩炸弹”），已拒绝", "the file inflates far beyond its size (a zip bomb): refused");
            }
            throw new Refused("文件无法作为.xlsx电子表格打开（已损坏或不是Excel文件）", "the file does not open as an .xlsx spreadsheet");
        }
    }

    /** A cell's text; a formula is kept as its text with = so that the row check refuses it, never evaluated. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    /** Trimmed, without a byte-order mark, and without the apostrophe {@link SheetWriting#inert} put before formula-like text. */
    private static String clean(String cell) {
        String text = cell.replace("\uFEFF", "").trim();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }
}
