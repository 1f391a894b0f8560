package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.service.Refusal;

/**
 * Core refuses only through the catalogue ({@link Refusal}: code, HTTP status, Chinese and English text): no refusal
 * is built inline, and every worded variant core asks for has its texts.
 */
class RefusalCatalogueUseTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern INLINE = Pattern.compile("new\\s+(org\\.zhicheng\\.api\\.service\\.)?ZhichengException\\s*\\(");
    /** {@code Refusal.CODE.variant("name")}, or a choice of names {@code variant(cond ? "a" : "b")}. */
    private static final Pattern VARIANT = Pattern.compile("Refusal\\.([A-Z_]+)\\s*\\.variant\\(([^;]*?)\\)\\s*\\.");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");
    /** A file's helper for its checks, {@code Refusal.INVALID_INPUT.variant("campaign." + check)}: its prefix. */
    private static final Pattern HELPER = Pattern.compile("Refusal\\.([A-Z_]+)\\.variant\\(\"([\\w.]+)\\.\" \\+ check\\)");
    /** A call of that helper: {@code invalid("year")} is {@code INVALID_INPUT.campaign.year}. */
    private static final Pattern HELPER_CALL = Pattern.compile("\\binvalid\\(\"(\\w+)\"\\)");

    @Test
    void noRefusalIsBuiltOutsideTheCatalogue() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (INLINE.matcher(lines.get(i)).find()) {
                    inline.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), inline, "build refusals from api's Refusal catalogue (add the code and its texts there)");
    }

    @Test
    void everyVariantCoreUsesHasItsTexts() throws IOException {
        List<String> missing = new ArrayList<>();
        int variants = 0;
        for (Path file : sources()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher variant = VARIANT.matcher(source);
            while (variant.find()) {
                Matcher name = LITERAL.matcher(variant.group(2));
                while (name.find()) {
                    variants++;
                    check(variant.group(1) + "." + name.group(1), file, missing);
                }
            }
            Matcher helper = HELPER.matcher(source);
            if (helper.find()) {
                Matcher check = HELPER_CALL.matcher(source);
                while (check.find()) {
                    variants++;
                    check(helper.group(1) + "." + helper.group(2) + "." + check.group(1), file, missing);
                }
            }
        }
        assertTrue(variants > 50, "found only " + variants + " variants: is the scan reading core's sources?");
        assertEquals(List.of(), missing);
    }

    @Test
    void theScanFindsAnInlineRefusal() {
        assertTrue(INLINE.matcher("throw new ZhichengException(\"X\", \"中\", \"en\");").find());
        assertTrue(INLINE.matcher("return new org.zhicheng.api.service.ZhichengException(code, a, b);").find());
    }

    private static void check(String key, Path file, List<String> missing) {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            if (Refusal.pattern(key, locale).isEmpty()) {
                missing.add(SOURCES.relativize(file) + ": " + key + " has no " + locale + " text");
            }
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertTrue(java.size() > 100, "core's sources not found under " + SOURCES.toAbsolutePath());
            return java;
        }
    }
}
