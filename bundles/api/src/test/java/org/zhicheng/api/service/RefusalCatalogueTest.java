package org.zhicheng.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The catalogue is complete and consistent: every code a status and a text in both languages, nothing left over. */
class RefusalCatalogueTest {

    private static final Set<Integer> STATUSES = Set.of(400, 403, 404, 409, 422, 429);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    /** What an enum constant looks like in a text: SUBMITTED, UNDER_EVALUATION. */
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b");

    @Test
    void everyCodeHasAStatusAndTextsInChineseAndEnglish() {
        for (Refusal refusal : Refusal.values()) {
            assertTrue(STATUSES.contains(refusal.status()), refusal + " has status " + refusal.status());
            assertFalse(refusal.keys().isEmpty(), refusal + " has no text in refusals.properties");
            for (String key : refusal.keys()) {
                assertTrue(Refusal.pattern(key, Locale.SIMPLIFIED_CHINESE).filter(text -> !text.isBlank()).isPresent(),
                        key + " has no Chinese text");
                assertTrue(Refusal.pattern(key, Locale.ENGLISH).filter(text -> !text.isBlank()).isPresent(),
                        key + " has no English text in refusals_en.properties");
            }
        }
    }

    @Test
    void codesAreUniqueStableUpperSnakeCase() {
        Set<String> codes = new HashSet<>();
        for (Refusal refusal : Refusal.values()) {
            assertTrue(refusal.code().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), refusal.code());
            assertTrue(codes.add(refusal.code()), "code twice: " + refusal.code());
            assertEquals(refusal, Refusal.of(refusal.code()).orElseThrow());
        }
    }

    @Test
    void bothFilesHaveTheSameKeysAndEachKeyBelongsToACode() throws IOException {
        Set<String> chinese = load("refusals.properties").stringPropertyNames();
        Set<String> english = load("refusals_en.properties").stringPropertyNames();
        assertEquals(chinese, english, "refusals.properties and refusals_en.properties list different keys");
        for (String key : chinese) {
            String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            assertTrue(Refusal.of(code).isPresent(), key + " belongs to no code of Refusal");
        }
    }

    /** A stray quote in a MessageFormat pattern swallows the placeholders after it; every one must come through. */
    @Test
    void everyPlaceholderComesThroughFormatting() {
        Object[] marks = new Object[10];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = "<" + i + ">";
        }
        for (Refusal refusal : Refusal.values()) {
            for (String key : refusal.keys()) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    String pattern = Refusal.pattern(key, locale).orElseThrow();
                    String formatted = new java.text.MessageFormat(pattern, locale).format(marks);
                    Matcher placeholder = PLACEHOLDER.matcher(pattern);
                    while (placeholder.find()) {
                        assertTrue(formatted.contains("<" + placeholder.group(1) + ">"),
                                key + " (" + locale + ") loses {" + placeholder.group(1) + "}: " + formatted);
                    }
                    String unquoted = pattern.replace("''", "").replace("'{'", "").replace("'}'", "");
                    assertFalse(unquoted.contains("'"), key + " (" + locale + ") has a single quote: write it ''");
                }
            }
        }
    }

    @Test
    void chineseTextsNameNoEnumConstant() {
        List<String> offending = new ArrayList<>();
        for (Refusal refusal : Refusal.values()) {
            for (String key : refusal.keys()) {
                String text = Refusal.pattern(key, Locale.SIMPLIFIED_CHINESE).orElseThrow();
                Matcher name = ENUM_NAME.matcher(text);
                // PDF, JPG and PNG are file types as users know them, not constants
                while (name.find()) {
                    if (!Set.of("PDF", "JPG", "PNG").contains(name.group())) {
                        offending.add(key + ": " + name.group());
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void factoriesFillBothLanguagesAndCarryTheStatus() {
        ZhichengException refusal = Refusal.NO_CAMPAIGN.refuse(2023);
        assertEquals("NO_CAMPAIGN", refusal.code());
        assertEquals(422, refusal.status());
        assertEquals("2023年度职称评审尚未开展", refusal.chineseMessage()); // a year, never 2,023
        assertEquals("no evaluation campaign is configured for 2023", refusal.getMessage());
        assertEquals("no evaluation campaign is configured for 2023", refusal.message(Locale.ENGLISH));
        assertEquals("2023年度职称评审尚未开展", refusal.message(Locale.SIMPLIFIED_CHINESE));

        ZhichengException stale = Refusal.STALE_VERSION.variant("unit").refuseOn("version");
        assertEquals(409, stale.status());
        assertEquals("该单位已被他人修改，请刷新后重试", stale.chineseMessage());
        assertEquals("version", stale.field().orElseThrow());

        ZhichengException veto = Refusal.SERIES_VETO.refuseAs("SENIOR_ECONOMICS_EXAM_REQUIRED", "须通过考试", "exam required");
        assertEquals("SENIOR_ECONOMICS_EXAM_REQUIRED", veto.code());
        assertEquals(422, veto.status());
        assertEquals("exam required (R-03)", veto.getMessage());
        assertThrows(IllegalStateException.class, () -> Refusal.NO_CAMPAIGN.refuseAs("OTHER"));
        assertThrows(IllegalStateException.class, () -> Refusal.NO_CAMPAIGN.variant("nonesuch").refuse());
        // an enum's text is its code; the factory refuses to write it into a refusal
        assertThrows(IllegalArgumentException.class, () -> Refusal.NOT_SUBMITTABLE.refuse(java.time.DayOfWeek.MONDAY, "x"));
    }

    /** A refusal built without the catalogue still answers with the catalogue's status; an unlisted code with 422. */
    @Test
    void statusComesFromTheCatalogueForEveryConstructor() {
        assertEquals(404, new ZhichengException("UNKNOWN_SERIES", "未知", "unknown").status());
        assertEquals(409, new ZhichengException("STALE_VERSION", "已修改", "changed", "version").status());
        assertEquals(422, new ZhichengException("SENIOR_ECONOMICS_EXAM_REQUIRED", "须考试", "exam").status());
        assertEquals(422, Refusal.statusOf(null));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Refusal.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
