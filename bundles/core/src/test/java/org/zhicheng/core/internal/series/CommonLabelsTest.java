package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.series.LabelTranslations;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.core.internal.UyghurScript;
import org.zhicheng.core.internal.file.CommonLabels;
import org.zhicheng.core.internal.file.FileContents;

/**
 * Issue 19: what core itself shows an applicant in every file (the common sections' titles, labels, hints and choices,
 * the unsigned commitment, a new file's remark) has a Uyghur text, and every series carries it, its plugin's own
 * labels winning.
 */
class CommonLabelsTest {

    private static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");

    @Test
    void everyCommonLabelHasAUyghurTextInArabicScript() {
        Map<String, String> chinese = CommonLabels.chinese();
        Properties uyghur = CommonLabels.bundle("ug");
        List<String> problems = new ArrayList<>();
        chinese.forEach((key, zh) -> {
            String text = uyghur.getProperty(key, "");
            if (text.isBlank()) {
                problems.add(key + " (" + zh + ") has no Uyghur text");
            } else if (!UyghurScript.isUyghur(text)) {
                problems.add(key + " is not in Uyghur Arabic script: " + text);
            } else if (key.endsWith(".choices") && zh.split("\\|").length != text.split("\\|").length) {
                problems.add(key + ": " + text.split("\\|").length + " choices for " + zh.split("\\|").length);
            }
        });
        uyghur.stringPropertyNames().stream().filter(key -> !chinese.containsKey(key))
                .forEach(key -> problems.add(key + " is no label of core's (renamed?)"));
        assertEquals(List.of(), problems);
    }

    /** The fixed texts are core's words as it writes them (a remark reworded at its call site would lose its Uyghur). */
    @Test
    void theFixedTextsAreWhatCoreWrites() throws Exception {
        StringBuilder sources = new StringBuilder();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("CommonLabels.java")).toList()) {
                sources.append(Files.readString(file));
            }
        }
        List<String> unused = CommonLabels.TEXTS.entrySet().stream()
                .filter(text -> !sources.toString().contains("\"" + text.getValue() + "\""))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void everySeriesTranslatesTheCommonSectionsAndItsOwnLabelsWin() throws Exception {
        Path zhInf = Path.of("../../series-plugins/engineering/src/main/resources/ZH-INF");
        DescriptorLabels labels = DescriptorLabels.load(path -> Files.newInputStream(zhInf.resolve(path)));
        Series engineering = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read("engineering", Files.readAllBytes(zhInf.resolve("series.xml")), labels)
                .toSeries(SeriesAvailability.ACCEPTING, "engineering", "1", labels.translations());
        assertEquals("ئاساسىي ئەھۋال", engineering.label(UYGHUR, "基本情况"));
        assertEquals("تولۇق كۇرس", engineering.label(UYGHUR, "大学本科"));
        assertEquals("شەخسىي ۋەدىنامىگە ئىمزا قويۇلمىدى", engineering.label(UYGHUR, FileContents.UNSIGNED));
        assertEquals("تۈر نامى", engineering.label(UYGHUR, "项目名称")); // the plugin's own
        assertEquals("基本情况", engineering.label(Locale.SIMPLIFIED_CHINESE, "基本情况"));
        assertEquals("基本情况", engineering.label(Locale.ENGLISH, "基本情况")); // no English for core's sections yet

        // a stored descriptor read again without the plugin's bundles (a suspended series) keeps core's texts
        Series stored = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read("engineering", labels.resolveAll(Files.readString(zhInf.resolve("series.xml"))).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))
                .toSeries(SeriesAvailability.SUSPENDED, "engineering", "1");
        assertEquals("خىزمەت ئورنى", stored.label(UYGHUR, "工作单位"));

        // a plugin's text of the same Chinese wins over core's
        LabelTranslations own = CommonLabels.with(new LabelTranslations(Map.of("ug", Map.of("基本情况", "باشقا"))));
        assertEquals("باشقا", own.in(UYGHUR, "基本情况"));
        assertEquals("خىزمەت تارىخى", own.in(UYGHUR, "工作经历"));
    }
}
