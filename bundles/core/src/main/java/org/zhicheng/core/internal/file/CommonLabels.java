package org.zhicheng.core.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.series.LabelTranslations;

/**
 * Issue 19: the other languages' texts of what core itself shows an applicant in a file (the common sections' titles,
 * field labels, hints and choices, the unsigned commitment, the remark of a new file), from
 * {@code common-labels_<language>.properties} beside this class. Every series carries them with its own labels
 * ({@link #with}), so that {@code series.label(locale, chinese)} translates a file's every section alike; a plugin's
 * own text of the same Chinese wins. Keys: {@code <section>}, {@code <section>.<field>}, {@code <section>.<field>.hint},
 * {@code <section>.<field>.choices} (in the choices' order, separated by {@code |}), and {@code text.<name>}.
 */
public final class CommonLabels {

    public static final List<String> LANGUAGES = List.of("ug");

    /** Core's fixed texts outside the sections (the file's fixed history remarks too), by their translations' key. */
    public static final Map<String, String> TEXTS = Map.of(
            "text.unsigned", FileContents.UNSIGNED,
            "text.created", "创建申报",
            "text.submitted", "提交申报",
            "text.withdrawn", "申报人撤回申报",
            "text.materialAccepted", "已接收材料",
            "text.recommended", "公示期满无异议，单位推荐",
            "text.toCommittee", "提交评审委员会评审");

    public static final LabelTranslations TRANSLATIONS = load();

    private CommonLabels() {
    }

    /** The series' own translations over core's common ones. */
    public static LabelTranslations with(LabelTranslations series) {
        Map<String, Map<String, String>> merged = new HashMap<>();
        TRANSLATIONS.byLanguage().forEach((language, texts) -> merged.put(language, new HashMap<>(texts)));
        series.byLanguage().forEach((language, texts) -> merged.computeIfAbsent(language, l -> new HashMap<>()).putAll(texts));
        return new LabelTranslations(merged);
    }

    /** The Chinese text of every key, as core shows it (what the bundles translate). */
    public static Map<String, String> chinese() {
        Map<String, String> chinese = new HashMap<>(TEXTS);
        for (FileSection section : CommonSections.ALL) {
            chinese.put(section.id(), section.title());
            for (FileField field : section.fields()) {
                String key = section.id() + "." + field.id();
                chinese.put(key, field.label());
                if (!field.hint().isBlank()) {
                    chinese.put(key + ".hint", field.hint());
                }
                if (!field.choices().isEmpty()) {
                    chinese.put(key + ".choices", String.join("|", field.choices()));
                }
            }
        }
        return chinese;
    }

    /** The language's bundle as it is (for the completeness test). */
    public static Properties bundle(String language) {
        Properties texts = new Properties();
        try (InputStream in = CommonLabels.class.getResourceAsStream("common-labels_" + language + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static LabelTranslations load() {
        Map<String, String> chinese = chinese();
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            Map<String, String> translated = new HashMap<>();
            chinese.forEach((key, zh) -> {
                String text = texts.getProperty(key);
                if (text == null || text.isBlank()) {
                    return; // shows in Chinese
                }
                if (key.endsWith(".choices")) {
                    String[] from = zh.split("\\|");
                    String[] to = text.split("\\|");
                    for (int i = 0; i < Math.min(from.length, to.length); i++) {
                        translated.put(from[i], to[i].strip());
                    }
                } else {
                    translated.put(zh, text.strip());
                }
            });
            byLanguage.put(language, translated);
        }
        return new LabelTranslations(byLanguage);
    }
}
