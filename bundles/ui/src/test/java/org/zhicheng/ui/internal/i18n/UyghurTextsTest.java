package org.zhicheng.ui.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 19: the public pages and every applicant screen speak Uyghur; staff screens may stay Chinese. The
 * applicant-facing keys are those under the prefixes below (the screens' key groups: the header and menu, the public
 * pages, registration and login, the applicant's files with their tabs and dialogs, messages).
 */
class UyghurTextsTest {

    /** Key groups of the public pages and the applicant's screens. */
    static final List<String> APPLICANT_FACING = List.of(
            "app.", "nav.", "header.", "common.", "home.", "series.", "notFound.", "error.", "dates.", "tabs.",
            "notice.", "standards.", "results.", "verify.", "contacts.", "seriesPage.", "guide.",
            "register.", "login.",
            "files.", "newFile.", "status.", "channel.", "grade.", "category.", "history.", "progress.", "sections.",
            "career.", "education.", "attachments.", "upload.", "documents.", "commitment.", "submit.", "withdraw.",
            "pay.", "leave.", "messages.", "exemption.", "entrustment.", "defense.describe.", "defense.timePattern",
            "units.name", "review.textRequired");

    private final ZhichengTranslations translations = new ZhichengTranslations();

    @Test
    void everyApplicantFacingKeyHasAUyghurText() throws IOException {
        Properties chinese = load("texts.properties");
        Properties uyghur = load("texts_ug.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            if (APPLICANT_FACING.stream().anyMatch(key::startsWith)
                    && uyghur.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "applicant-facing keys without a Uyghur text: " + missing);
    }

    @Test
    void uyghurTextsAreUyghurAndKeepTheirPlaceholders() throws IOException {
        Properties chinese = load("texts.properties");
        Properties uyghur = load("texts_ug.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d+)");
        for (String key : uyghur.stringPropertyNames()) {
            assertTrue(chinese.containsKey(key), "texts_ug.properties has a key the Chinese bundle lacks: " + key);
            String text = uyghur.getProperty(key);
            assertEquals(indices(placeholder.matcher(chinese.getProperty(key))), indices(placeholder.matcher(text)),
                    "placeholders of " + key);
            new MessageFormat(text); // a stray apostrophe or brace would break the pattern
            assertFalse(text.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) && !key.startsWith("app.switch"),
                    key + " still has Chinese characters: " + text);
        }
    }

    @Test
    void everyOfficialTermAnApplicantSeesHasAUyghurText() {
        // title levels, unit tiers and types, scoring grades, attachment types, the vocational bridge's terms, roles
        List<Class<? extends Enum<?>>> terms = List.of(org.zhicheng.api.domain.TitleLevel.class,
                org.zhicheng.api.domain.Tier.class, org.zhicheng.api.unit.UnitType.class,
                org.zhicheng.api.scoring.Grade.class, org.zhicheng.api.attachment.AttachmentType.class,
                org.zhicheng.api.bridge.VocationalQualification.class, org.zhicheng.api.bridge.TechnicalSchoolClass.class,
                org.zhicheng.api.security.Role.class);
        for (Class<? extends Enum<?>> type : terms) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String uyghur = Terms.in(ZhichengTranslations.UYGHUR, constant, "?");
                assertFalse(uyghur.equals("?") || uyghur.isBlank(), "no Uyghur term for " + Terms.key(constant));
            }
        }
        assertEquals("ئالىي دەرىجىلىك", Terms.in(ZhichengTranslations.UYGHUR,
                org.zhicheng.api.domain.TitleLevel.SENIOR_FULL, "正高"));
        assertEquals("正高", Terms.in(ZhichengTranslations.ENGLISH, org.zhicheng.api.domain.TitleLevel.SENIOR_FULL, "正高"));
    }

    /**
     * The file screens' words that come from api enums by key (a file's status, its steps, who acts next, deadlines,
     * the parts, channels, continuing education, fee methods): every constant has its Uyghur text, so that a constant
     * added to the api without one fails here rather than showing in Chinese. Highest education too (Terms).
     */
    @Test
    void everyEnumWordOfTheFileScreensHasAUyghurText() throws IOException {
        Properties uyghur = load("texts_ug.properties");
        Map<String, Class<? extends Enum<?>>> keyed = new LinkedHashMap<>();
        keyed.put("status.", org.zhicheng.api.domain.ApplicationStatus.class);
        keyed.put("progress.step.", org.zhicheng.api.progress.FileStep.class);
        keyed.put("progress.next.", org.zhicheng.api.progress.NextActor.Kind.class);
        keyed.put("progress.deadline.", org.zhicheng.api.progress.Deadline.Kind.class);
        keyed.put("progress.part.", org.zhicheng.api.progress.FilePart.class);
        keyed.put("channel.", org.zhicheng.api.domain.Channel.class);
        keyed.put("education.kind.", org.zhicheng.api.education.EducationRecord.Kind.class);
        keyed.put("education.source.", org.zhicheng.api.education.EducationRecord.Source.class);
        keyed.put("pay.method.", org.zhicheng.api.domain.FeePayment.Method.class);
        Set<String> missing = new TreeSet<>();
        keyed.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (uyghur.getProperty(prefix + constant.name(), "").isBlank()) {
                    missing.add(prefix + constant.name());
                }
            }
        });
        assertTrue(missing.isEmpty(), "file-screen words without a Uyghur text: " + missing);
        for (int i = 0; i < org.zhicheng.api.career.CareerRecord.EDUCATION_LEVELS.size(); i++) {
            String term = load("terms_ug.properties").getProperty(Terms.EDUCATION_KEY + i, "");
            assertTrue(!term.isBlank() && term.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    "highest education " + org.zhicheng.api.career.CareerRecord.EDUCATION_LEVELS.get(i) + ": " + term);
        }
    }

    @Test
    void aMissingUyghurKeyFallsBackToChineseNotEnglish() {
        // a staff screen's text: no Uyghur, so the Chinese shows (the root bundle), never the English one
        assertEquals(translations.getTranslation("audit.heading", ZhichengTranslations.CHINESE),
                translations.getTranslation("audit.heading", ZhichengTranslations.UYGHUR));
        assertEquals("باش بەت", translations.getTranslation("nav.home", ZhichengTranslations.UYGHUR));
        assertEquals("باش بەت", translations.getTranslation("nav.home", java.util.Locale.forLanguageTag("ug")));
    }

    @Test
    void valuesInUyghurTextsAreBidiIsolates() {
        String text = translations.getTranslation("notice.today", ZhichengTranslations.UYGHUR, "2023-08-16");
        assertTrue(text.contains("\u20682023-08-16\u2069"), text);
        assertFalse(translations.getTranslation("notice.today", ZhichengTranslations.CHINESE, "2023-08-16")
                .contains("\u2068"));
    }

    private static Set<String> indices(Matcher matcher) {
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ZhichengTranslations.class.getResourceAsStream("/org/zhicheng/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
