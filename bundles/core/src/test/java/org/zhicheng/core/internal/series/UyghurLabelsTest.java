package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.core.internal.UyghurScript;

/**
 * Issue 19: the series Aksu's applicants use most (engineering, health, school teachers, agriculture) ship Uyghur
 * labels in ZH-INF/l10n/series_ug.properties; a label without one, or a plugin without the file, shows in Chinese.
 */
class UyghurLabelsTest {

    private static final Path PLUGINS = Path.of("../../series-plugins");
    private static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");

    @Test
    void theMostUsedSeriesSpeakUyghurAndTheOthersFallBackToChinese() throws Exception {
        assertEquals("قۇرۇلۇش سېرىيىسى", read("engineering").label(UYGHUR, "工程系列"));
        assertEquals("سۇچىلىق كەسپى", read("engineering").label(UYGHUR, "水利专业"));
        assertEquals("تۈر نامى", read("engineering").label(UYGHUR, "项目名称"));
        // a choice named by %key: the Chinese text is the value, the label reads in Uyghur
        Series engineering = read("engineering");
        assertEquals(List.of("大型", "中型", "小型"), engineering.fileSections().get(0).field("scale").orElseThrow().choices());
        assertEquals("ئوتتۇرا تىپلىق", engineering.label(UYGHUR, "中型"));
        assertEquals("تېخنىكا مەسئۇلى", engineering.label(UYGHUR, "技术负责人"));
        assertEquals("ساغلاملىق سېرىيىسى", read("health").label(UYGHUR, "卫生健康系列"));
        assertEquals("يېزا ئىگىلىك سېرىيىسى", read("agriculture").label(UYGHUR, "农业系列"));
        assertEquals("ئوقۇتقۇچىلار سېرىيىسى", read("school-teachers").label(UYGHUR, "教师系列"));
        // English is untouched, and a plugin without Uyghur labels shows its Chinese, not its English
        assertEquals("Engineering series", read("engineering").label(Locale.ENGLISH, "工程系列"));
        // (every plugin in the tree has Uyghur now: archives read as if it shipped no series_ug.properties)
        Series archives = read("archives", path -> path.endsWith("_ug.properties") ? null : path);
        assertEquals(archives.name(), archives.label(UYGHUR, archives.name()));
        assertEquals("ئارخىپ سېرىيىسى", read("archives").label(UYGHUR, archives.name()));
    }

    /**
     * Issue 19: every series plugin in the tree ships Uyghur for every label an applicant reads (series, specialty,
     * section, field, hint, scoring item): each {@code %key} its descriptors use and each key of its Chinese bundle
     * has a ug text, in Arabic script and without Chinese. A new plugin, or a new label, without Uyghur fails here.
     */
    @Test
    void everyPluginsApplicantFacingLabelsHaveUyghur() throws Exception {
        List<Path> plugins;
        try (var dirs = Files.list(PLUGINS)) {
            plugins = dirs.filter(dir -> Files.isRegularFile(dir.resolve("src/main/resources/ZH-INF/series.xml")))
                    .sorted().toList();
        }
        assertTrue(plugins.size() >= 27, "series plugins found: " + plugins);
        var problems = new java.util.ArrayList<String>();
        for (Path dir : plugins) {
            String plugin = dir.getFileName().toString();
            Path zhInf = dir.resolve("src/main/resources/ZH-INF");
            Series series = read(plugin);
            var chinese = properties(zhInf.resolve("l10n/series.properties"));
            var uyghur = properties(zhInf.resolve("l10n/series_ug.properties"));
            var keys = new java.util.TreeSet<>(chinese.stringPropertyNames());
            for (String descriptor : List.of("series.xml", "scoring.xml")) {
                var used = java.util.regex.Pattern.compile("%([A-Za-z][A-Za-z0-9._-]*)") // labels, and choices "%a;%b"
                        .matcher(Files.readString(zhInf.resolve(descriptor)));
                while (used.find()) {
                    keys.add(used.group(1));
                }
            }
            for (String key : keys) {
                String text = uyghur.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add(plugin + ": " + key + " has no Uyghur text");
                } else if (!UyghurScript.isUyghur(text)) {
                    problems.add(plugin + ": " + key + " is not in Uyghur Arabic script: " + text);
                }
            }
            // and the reader resolves them: the series and every specialty read in Uyghur
            if (series.label(UYGHUR, series.name()).equals(series.name())) {
                problems.add(plugin + ": series name shows in Chinese");
            }
            series.specialties().stream().filter(s -> series.label(UYGHUR, s.name()).equals(s.name()))
                    .forEach(s -> problems.add(plugin + ": specialty " + s.name() + " shows in Chinese"));
        }
        assertEquals(List.of(), problems);
    }

    private static java.util.Properties properties(Path file) throws java.io.IOException {
        var properties = new java.util.Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static Series read(String plugin) throws Exception {
        return read(plugin, path -> path);
    }

    /** {@code shipped}: the path of a resource the plugin ships, or null for one it leaves out. */
    private static Series read(String plugin, java.util.function.UnaryOperator<String> shipped) throws Exception {
        Path zhInf = PLUGINS.resolve(plugin + "/src/main/resources/ZH-INF");
        DescriptorLabels labels = DescriptorLabels.load(path -> shipped.apply(path) == null ? null
                : Files.newInputStream(zhInf.resolve(path)));
        SeriesDescriptorReader.Parsed parsed = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read(plugin, Files.readAllBytes(zhInf.resolve("series.xml")), labels);
        new ScoringStandardReader(DescriptorLimits.DEFAULTS)
                .read(plugin, Files.readAllBytes(zhInf.resolve("scoring.xml")), parsed, labels);
        return parsed.toSeries(SeriesAvailability.ACCEPTING, plugin, "1", labels.translations());
    }
}
