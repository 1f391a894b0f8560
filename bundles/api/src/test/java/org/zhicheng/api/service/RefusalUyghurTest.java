package org.zhicheng.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 19: the refusals an applicant or a visitor meets (registration, login, the applicant's file, the public pages)
 * have Uyghur texts in refusals_ug.properties; the others show in Chinese for a Uyghur user, never in English.
 */
class RefusalUyghurTest {

    /** Catalogue keys (a code, a code's variant, or a group of variants) an applicant or a visitor may meet. */
    static final List<String> APPLICANT_FACING = List.of(
            "INVALID_INPUT.county", "INVALID_INPUT.applicantRequired", "INVALID_INPUT.passwordToo",
            "INVALID_INPUT.careerRecordRequired", "INVALID_INPUT.bridgeInputs", "INVALID_INPUT.attachment",
            "INVALID_INPUT.registration.", "INVALID_INPUT.education.", "INVALID_INPUT.notify.contactRequired",
            "INVALID_INPUT.notify.email", "INVALID_INPUT.notify.mobile", "INVALID_INPUT.career.",
            "FORBIDDEN.file", "UNKNOWN_APPLICATION", "UNKNOWN_ATTACHMENT", "UNKNOWN_CAMPAIGN", "UNKNOWN_CAREER_RECORD",
            "UNKNOWN_CERTIFICATE", "UNKNOWN_SERIES", "UNKNOWN_SPECIALTY", "UNKNOWN_UNIT", "UNKNOWN_SECTION",
            "STALE_VERSION", "DUPLICATE_ID_NUMBER", "NOT_SUBMITTABLE", "ONE_CHANNEL_PER_YEAR", "SUBMISSION_LIMIT",
            "SERIES_SUSPENDED", "OUTSIDE_APPLICATION_WINDOW", "RESUBMISSION_LATE", "FEE_LATE",
            "BANNED_FOR_FALSIFICATION", "USERNAME_TAKEN", "APPLICANT_HAS_ACCOUNT", "FEE_BEFORE_MATERIAL_RECEIVED",
            "ALREADY_EXEMPT", "NOT_EDITABLE", "ENTRUSTMENT_LETTER_MISSING", "INCOMPLETE_FILE", "SUBMISSION_SUSPENDED",
            "DUPLICATE_CREDIT_CODE", "UNIT_NOT_CONFIRMED", "NOT_WITHDRAWABLE", "NOT_IN_WORKFLOW",
            "ATTACHMENT_ALTERED", "ATTACHMENT_TOO_LARGE", "BRIDGE_NOT_OPEN", "CAREER_RECORD_MISSING", "CHANNEL_C_",
            "EMPTY_ATTACHMENT", "EXAM_ONLY_LEVEL", "GRADE_NOT_EVALUATED", "ITEM_COMPUTED", "LEVEL_NOT_EVALUATED",
            "NO_CAMPAIGN", "NO_SCORING_STANDARD", "PLATFORM_RECORD_REQUIRED", "SELF_EVALUATING_UNIVERSITY",
            "SENIORITY_TOO_SHORT", "WRONG_FEE", "WRONG_FILE_TYPE", "OBJECTION_BY_APPLICANT", "WEAK_PASSWORD",
            "LOGIN_LOCKED");

    private static final Locale UYGHUR = new Locale("ug");

    @Test
    void everyApplicantFacingRefusalHasAUyghurText() throws IOException {
        Properties uyghur = load("refusals_ug.properties");
        Set<String> missing = new TreeSet<>();
        Arrays.stream(Refusal.values()).flatMap(refusal -> refusal.keys().stream())
                .filter(key -> APPLICANT_FACING.stream().anyMatch(key::startsWith))
                .filter(key -> uyghur.getProperty(key, "").isBlank())
                .forEach(missing::add);
        assertTrue(missing.isEmpty(), "applicant-facing refusals without a Uyghur text: " + missing);
        for (String prefix : APPLICANT_FACING) {
            assertTrue(Arrays.stream(Refusal.values()).flatMap(r -> r.keys().stream()).anyMatch(k -> k.startsWith(prefix)),
                    prefix + " names no key of the catalogue");
        }
    }

    @Test
    void uyghurTextsMatchTheCatalogue() throws IOException {
        Properties chinese = load("refusals.properties");
        Properties uyghur = load("refusals_ug.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String key : uyghur.stringPropertyNames()) {
            assertTrue(chinese.containsKey(key), "refusals_ug.properties has a key the catalogue lacks: " + key);
            String text = uyghur.getProperty(key);
            assertTrue(indices(placeholder.matcher(chinese.getProperty(key)))
                    .containsAll(indices(placeholder.matcher(text))), "placeholders of " + key);
            assertFalse(text.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), key + " has Chinese: " + text);
        }
    }

    @Test
    void aRefusalSpeaksUyghurToAUyghurUserAndChineseWhereItHasNoUyghurText() {
        ZhichengException refusal = Refusal.NO_CAMPAIGN.refuse("2023");
        assertEquals("2023-يىللىق كەسپىي ئۇنۋان باھالاش تېخى باشلانمىدى", refusal.message(UYGHUR));
        assertEquals("2023年度职称评审尚未开展", refusal.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("no evaluation campaign is configured for 2023", refusal.message(Locale.ENGLISH));
        // a staff-only refusal: Chinese, not English
        ZhichengException staff = Refusal.NO_CHAIR.refuse();
        assertEquals(staff.chineseMessage(), staff.message(UYGHUR));
        assertEquals(Refusal.pattern("NO_CHAIR", Locale.SIMPLIFIED_CHINESE), Refusal.pattern("NO_CHAIR", UYGHUR));
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
        try (InputStream in = Refusal.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
