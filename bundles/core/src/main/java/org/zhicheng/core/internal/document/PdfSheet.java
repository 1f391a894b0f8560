package org.zhicheng.core.internal.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.ibm.icu.text.Bidi;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * One A4 document being written with PDFBox (issue 18): the prefecture's layout (issuer line, title, document number
 * and date, body, signature and seal area, page footer), text in the embedded Noto Sans SC (subset), never a server
 * font; Uyghur (issue 19) in the embedded Noto Naskh Arabic, shaped and reordered by {@link Bidirectional}. Reproducible: nothing but {@link #pdf(Instant)}'s creation date depends on the clock, and the PDF's /ID is a
 * hash of the document number and title, so the same data gives the same bytes but for that date.
 * <p>
 * The parsed font is shared by all documents and fontbox reads its tables lazily, so documents are written one at a
 * time ({@link #LOCK}); a certificate takes a few milliseconds.
 */
final class PdfSheet {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final String ISSUER = "阿克苏地区职称改革工作领导小组办公室";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Documents are written one at a time: they share the parsed font. */
    static final Object LOCK = new Object();

    private static final float MARGIN = 56f;
    private static final float FOOTER = 40f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 11f;
    private static final float CELL_PAD = 4f;
    private static final Color SEAL_RED = new Color(200, 30, 30);

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    /** Embedded only once a Uyghur text is drawn, so a Chinese document stays as it was. */
    private PDType0Font arabic;
    private final String title;
    private final String number;
    private PDPageContentStream out;
    private float y;

    /** Starts the first page with the issuer line, the title and the document number and date. */
    PdfSheet(String issuer, String title, String number, LocalDate date) {
        this(issuer, title, null, number, date);
    }

    /** As above, with the title's Uyghur (or {@code null}) centred under it: a bilingual document (issue 19). */
    PdfSheet(String issuer, String title, String uyghurTitle, String number, LocalDate date) {
        this.title = title;
        this.number = number;
        try {
            font = PDType0Font.load(doc, Font.CJK.ttf(), true);
            newPage();
            centred(issuer, 12f);
            y -= 10f;
            centred(title, 20f);
            if (uyghurTitle != null) {
                centred(uyghurTitle, 15f);
            }
            y -= 6f;
            text(MARGIN, y - 10f, "文号：" + number, 10f);
            String day = "日期：" + DAY.format(date);
            text(MARGIN + WIDTH - width(day, 10f), y - 10f, day, 10f);
            y -= 18f;
            out.setLineWidth(1.2f);
            line(MARGIN, y, MARGIN + WIDTH, y);
            y -= 16f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A wrapped paragraph, its first line indented by two characters as Chinese prose is. */
    PdfSheet paragraph(String text) {
        for (String piece : clean(text).split("\n", -1)) {
            List<String> lines = wrap("\u3000\u3000" + piece, BODY, WIDTH);
            for (String line : lines) {
                room(BODY * 1.7f);
                text(MARGIN, y - BODY, line, BODY);
                y -= BODY * 1.7f;
            }
        }
        y -= 4f;
        return this;
    }

    /** A wrapped Uyghur paragraph, right to left and aligned right (issue 19). */
    PdfSheet uyghur(String text) {
        for (String piece : clean(text).split("\n", -1)) {
            for (String line : wrap(piece, BODY, WIDTH)) {
                room(BODY * 1.8f);
                text(MARGIN + WIDTH - width(line, BODY), y - BODY, line, BODY, true);
                y -= BODY * 1.8f;
            }
        }
        y -= 4f;
        return this;
    }

    /** A small heading inside the body. */
    PdfSheet subheading(String text) {
        room(40f);
        y -= 4f;
        text(MARGIN, y - 13f, clean(text), 13f);
        y -= 22f;
        return this;
    }

    /** Labelled values as a bordered two-column table (label, value). */
    PdfSheet fields(List<String[]> rows) {
        float[] widths = {WIDTH * 0.26f, WIDTH * 0.74f};
        for (String[] row : rows) {
            row(widths, List.of(row), false);
        }
        y -= 10f;
        return this;
    }

    /**
     * A bordered table whose header row is shaded and repeated on every page it runs onto; without a header (an empty
     * list) a table of labelled rows, e.g. a bilingual one's Chinese label, value and Uyghur label.
     */
    PdfSheet table(float[] fractions, List<String> header, List<List<String>> rows) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = WIDTH * fractions[i];
        }
        if (!header.isEmpty()) {
            row(widths, header, true);
        }
        for (List<String> row : rows) {
            if (rowHeight(widths, row) > y - MARGIN - FOOTER) {
                newPage();
                if (!header.isEmpty()) {
                    row(widths, header, true);
                }
            }
            row(widths, row, false);
        }
        y -= 10f;
        return this;
    }

    /**
     * The signature and seal area at the right: the signing lines, and where {@code seal} a red circle for the
     * issuer's seal. Kept on one page.
     */
    PdfSheet signature(List<String> lines, boolean seal) {
        float height = lines.size() * BODY * 1.8f + (seal ? 30f : 0f) + 20f;
        room(height);
        y -= 20f;
        float right = MARGIN + WIDTH;
        if (seal) {
            circle(right - 70f, y - 25f - lines.size() * BODY * 0.9f, 42f);
        }
        for (String line : lines) {
            String text = clean(line);
            text(right - width(text, BODY) - 10f, y - BODY, text, BODY);
            y -= BODY * 1.8f;
        }
        y -= seal ? 30f : 0f;
        return this;
    }

    /** A QR code of {@code content} at the left of the current line, {@code size} points wide, with a caption beside it. */
    PdfSheet qr(String content, float size, String caption) {
        room(size + 10f);
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        float top = y - 4f;
        try {
            out.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        out.addRect(MARGIN + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> captionLines = lines(caption, 9f, WIDTH - size - 14f);
        lines(captionLines, MARGIN + size + 14f, WIDTH - size - 14f, top - 4f, 9f, 14f);
        y = Math.min(top - size, top - 4f - captionLines.size() * 14f) - 10f;
        return this;
    }

    /** A large mark across the top of the body (e.g. 已撤销 on a revoked certificate), in red. */
    PdfSheet stamp(String text) {
        try {
            out.setNonStrokingColor(SEAL_RED);
            text(MARGIN + WIDTH - width(text, 26f), y - 26f, text, 26f);
            out.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 36f;
        return this;
    }

    /** Closes the document: footers (number, page n of m), metadata with the creation date, a fixed /ID; the bytes. */
    byte[] pdf(Instant created) {
        try {
            out.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    out = footer;
                    String left = number;
                    String right = "第" + (i + 1) + "页 共" + pages + "页";
                    text(MARGIN, MARGIN - 20f, left, 8f);
                    text(MARGIN + WIDTH - width(right, 8f), MARGIN - 20f, right, 8f);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(number);
            info.setAuthor(ISSUER);
            info.setCreator("Zhicheng");
            info.setProducer("Zhicheng (Apache PDFBox)");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
            when.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
            info.setCreationDate(when);
            byte[] id = id(number + "\n" + title);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // no object streams: the metadata stays a plain dictionary, so only its date differs between two runs
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                doc.close();
            } catch (IOException ignored) {
                // nothing to keep
            }
        }
    }

    // ---------------------------------------------------------------- drawing

    private void row(float[] widths, List<String> cells, boolean header) {
        float height = rowHeight(widths, cells);
        room(height);
        try {
            float x = MARGIN;
            if (header) {
                out.setNonStrokingColor(new Color(235, 235, 235));
                out.addRect(MARGIN, y - height, sum(widths), height);
                out.fill();
                out.setNonStrokingColor(Color.BLACK);
            }
            out.setLineWidth(0.6f);
            for (int i = 0; i < widths.length; i++) {
                out.addRect(x, y - height, widths[i], height);
                out.stroke();
                float lineY = y - CELL_PAD;
                String cell = i < cells.size() ? cells.get(i) : "";
                lines(lines(cell, BODY, widths[i] - 2 * CELL_PAD), x + CELL_PAD, widths[i] - 2 * CELL_PAD, lineY, BODY, BODY * 1.5f);
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    private float rowHeight(float[] widths, List<String> cells) {
        int lines = 1;
        for (int i = 0; i < widths.length && i < cells.size(); i++) {
            lines = Math.max(lines, lines(cells.get(i), BODY, widths[i] - 2 * CELL_PAD).size());
        }
        return lines * BODY * 1.5f + 2 * CELL_PAD - BODY * 0.3f;
    }

    /** A text's lines: its own (a bilingual label is the Chinese and, below it, the Uyghur), each wrapped. */
    private List<String> lines(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String piece : clean(text).split("\n", -1)) {
            lines.addAll(wrap(piece, size, width));
        }
        return lines;
    }

    /** Lines from {@code top} down in a box {@code width} wide: left-aligned, a right-to-left line right-aligned. */
    private void lines(List<String> lines, float left, float width, float top, float size, float leading) {
        float lineY = top;
        for (String line : lines) {
            boolean rtl = Bidirectional.hasArabic(line) && Bidi.getBaseDirection(line) == Bidi.RTL;
            text(rtl ? left + width - width(line, size) : left, lineY - size, line, size, rtl);
            lineY -= leading;
        }
    }

    private void centred(String text, float size) {
        String line = clean(text);
        text(MARGIN + (WIDTH - width(line, size)) / 2, y - size, line, size);
        y -= size * 1.5f;
    }

    private void circle(float cx, float cy, float r) {
        try {
            final float k = 0.552284749831f * r;
            out.setStrokingColor(SEAL_RED);
            out.setLineWidth(1.5f);
            out.moveTo(cx + r, cy);
            out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            out.stroke();
            out.setNonStrokingColor(SEAL_RED);
            String mark = "（盖章）";
            text(cx - width(mark, 9f) / 2, cy - 3f, mark, 9f);
            out.setNonStrokingColor(Color.BLACK);
            out.setStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private void text(float x, float baseline, String text, float size) {
        text(x, baseline, text, size, Bidirectional.hasArabic(text) && Bidi.getBaseDirection(text) == Bidi.RTL);
    }

    /** One line in logical order: shaped and reordered if it has Uyghur, drawn run by run in the font that shows it. */
    private void text(float x, float baseline, String text, float size, boolean rightToLeft) {
        if (text.isEmpty()) {
            return;
        }
        try {
            float left = x;
            for (String run : runs(Bidirectional.visual(text, rightToLeft))) {
                PDType0Font runFont = fontOf(run);
                out.beginText();
                out.setFont(runFont, size);
                out.newLineAtOffset(left, baseline);
                out.showText(run);
                out.endText();
                left += runFont.getStringWidth(run) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maximal pieces of one font: Arabic script in the Arabic font, the rest (spaces join either) in Noto Sans SC. */
    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean arabicRun = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean arabic = Bidirectional.isArabic(cp) || !Font.CJK.shows(cp) && Font.ARABIC.shows(cp);
            if (cp != ' ' && arabicRun != null && arabic != arabicRun) {
                runs.add(run.toString());
                run.setLength(0);
            }
            if (cp != ' ') {
                arabicRun = arabic;
            }
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    private PDType0Font fontOf(String run) throws IOException {
        if (!run.codePoints().anyMatch(cp -> Bidirectional.isArabic(cp) || !Font.CJK.shows(cp) && Font.ARABIC.shows(cp))) {
            return font;
        }
        if (arabic == null) {
            arabic = PDType0Font.load(doc, Font.ARABIC.ttf(), true);
        }
        return arabic;
    }

    /** Room for {@code height} more points on this page, else a new page. */
    private void room(float height) {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The drawn width of a line in logical order (shaped first: a joined letter is narrower than an isolated one). */
    private float width(String text, float size) {
        try {
            float width = 0;
            for (String run : runs(Bidirectional.shape(text))) {
                width += fontOf(run).getStringWidth(run) / 1000f * size;
            }
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code max} points: Chinese breaks between any two characters, so a code point is the unit. */
    List<String> wrap(String text, float size, float max) {
        if (Bidirectional.hasArabic(text)) {
            return wrapWords(text, size, max);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, size);
            if (used + w > max && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Uyghur breaks between words, in logical order; a word wider than the line goes on its own. */
    private List<String> wrapWords(String text, float size, float max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" +")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, size) > max) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    private static float sum(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return total;
    }

    /** The text with what the font cannot show replaced by '?', and tabs and carriage returns as spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.replace('\r', ' ').replace('\t', ' ').codePoints().forEach(cp ->
                shown.appendCodePoint(cp == '\n' || Font.CJK.shows(cp)
                        || Bidirectional.isArabic(cp) && Font.ARABIC.shows(cp) ? cp : '?'));
        return shown.toString();
    }

    static BitMatrix matrix(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code for " + content, e);
        }
    }

    private static byte[] id(String seed) {
        try {
            return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bundled font, parsed once: Noto Sans SC, and Noto Naskh Arabic for Uyghur (issue 19). */
    static final class Font {
        static final Font CJK = new Font("NotoSansSC-Regular.ttf");
        static final Font ARABIC = new Font("NotoNaskhArabic-Regular.ttf");

        private final String file;
        private TrueTypeFont ttf;
        private CmapLookup cmap;

        private Font(String file) {
            this.file = file;
        }

        synchronized TrueTypeFont ttf() {
            if (ttf == null) {
                try (InputStream in = PdfSheet.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("the bundled font " + file + " is missing (the build fetches it)");
                    }
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                    cmap = ttf.getUnicodeCmapLookup();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return ttf;
        }

        synchronized boolean shows(int codePoint) {
            ttf();
            return codePoint == ' ' || cmap.getGlyphId(codePoint) > 0;
        }
    }
}
