package org.zhicheng.core.internal.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.zhicheng.api.service.Refusal;

/**
 * A scan is accepted for what its whole content is, not for its first bytes (issue 15 item 1): a PDF that Apache
 * PDFBox opens with at least one page whose resources it reads, a JPEG or PNG that ImageIO decodes in full within
 * {@link #MAX_PIXELS}. A magic number alone ({@code %PDF-}, {@code FF D8 FF}, the PNG signature), a JPEG header in
 * front of a PDF body, and a name whose extension says another type than the content are refused
 * ({@code WRONG_FILE_TYPE}, its variants), before anything is stored.
 */
final class ScanContent {

    /** A scan of an A3 page at 600 dpi is about 70 million pixels; more is no scan but a decompression bomb. */
    static final long MAX_PIXELS = 100_000_000L;

    private ScanContent() {
    }

    /** The content's media type, after parsing it whole; {@code fileName}'s extension, if it names one, must agree. */
    static String check(byte[] content, String fileName) {
        String type = AttachmentServiceImpl.sniff(content);
        requireExtensionAgrees(type, fileName);
        boolean readable = "application/pdf".equals(type) ? pdfOpens(content) : imageDecodes(content);
        if (!readable) {
            throw Refusal.WRONG_FILE_TYPE.variant("unreadable").refuse(label(type), type);
        }
        return type;
    }

    private static void requireExtensionAgrees(String type, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String named = switch (extension) {
            case "pdf" -> "application/pdf";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            default -> null; // a name without a known extension says nothing about the type
        };
        if (named != null && !named.equals(type)) {
            throw Refusal.WRONG_FILE_TYPE.variant("extension").refuse(label(type), fileName, type);
        }
    }

    private static boolean pdfOpens(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                return false;
            }
            for (PDPage page : document.getPages()) {
                page.getResources(); // walks the page tree: a broken one fails here
                page.getMediaBox();
            }
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean imageDecodes(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels < 1 || pixels > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static String label(String type) {
        return switch (type) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPG";
            default -> "PNG";
        };
    }
}
