package org.zhicheng.api.series;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Other languages' texts of a series' descriptor labels (its name, specialties, section titles, field labels and
 * hints, scoring item names), keyed by the Chinese text that the api records carry. A plugin gives them in
 * resource bundles beside its descriptors ({@code ZH-INF/l10n/series.properties}, zh_CN, and e.g.
 * {@code series_en.properties}), the descriptors naming a label by {@code %key}, as OSGi's Bundle-Localization does.
 *
 * @param byLanguage language (e.g. {@code en}) to Chinese text to that language's text
 */
public record LabelTranslations(Map<String, Map<String, String>> byLanguage) {

    /** No other language: every label shows in Chinese. */
    public static final LabelTranslations NONE = new LabelTranslations(Map.of());

    public LabelTranslations {
        Map<String, Map<String, String>> copy = new HashMap<>();
        byLanguage.forEach((language, texts) -> copy.put(language, Map.copyOf(texts)));
        byLanguage = Map.copyOf(copy);
    }

    /** The label in the locale's language; the Chinese text itself when the plugin gives none (or for zh). */
    public String in(Locale locale, String chinese) {
        if (chinese == null || locale == null) {
            return chinese;
        }
        return byLanguage.getOrDefault(locale.getLanguage(), Map.of()).getOrDefault(chinese, chinese);
    }
}
