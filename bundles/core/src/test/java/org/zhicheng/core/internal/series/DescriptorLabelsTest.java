package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.series.LabelTranslations;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.core.internal.DerbyJpa;

/**
 * Descriptor labels in resource bundles (issue 13): {@code %key} in series.xml and scoring.xml is the key's text in
 * ZH-INF/l10n/series.properties (zh_CN) and, beside it, series_en.properties; the api records carry the Chinese text,
 * the series its English.
 */
class DescriptorLabelsTest {

    private static final Path PLUGINS = Path.of("../../series-plugins");

    private static final String SERIES = TestDescriptors.series("water", "%series.name",
            "<specialty name=\"%specialty.water\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>",
            "<section id=\"projects\" title=\"%section.projects\"><field id=\"name\" label=\"%field.name\" type=\"text\""
                    + " hint=\"%hint.name\"/></section>");

    private static DescriptorLabels labels(String chinese, String english) throws IOException {
        Map<String, String> files = Map.of("l10n/series.properties", chinese, "l10n/series_en.properties", english);
        return DescriptorLabels.load(path -> files.containsKey(path)
                ? new ByteArrayInputStream(files.get(path).getBytes(StandardCharsets.UTF_8)) : null);
    }

    private static DescriptorLabels waterLabels() throws IOException {
        return labels("""
                series.name = 水利系列
                specialty.water = 水利专业
                section.projects = 主持的工程项目
                field.name = 项目名称
                hint.name = 代表性项目一项
                item.papers = 论文著作
                """, """
                series.name = Water resources series
                specialty.water = Water resources
                field.name = Project name
                item.papers = Papers and books
                """);
    }

    @Test
    void percentKeysReadAsTheirChineseTextAndTheSeriesCarriesTheEnglish() throws Exception {
        DescriptorLabels labels = waterLabels();
        SeriesDescriptorReader.Parsed parsed = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read("water/ZH-INF/series.xml", SERIES.getBytes(StandardCharsets.UTF_8), labels);
        String scoring = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replace(">论文著作<", ">%item.papers<");
        List<ScoringStandard> standards = new ScoringStandardReader(DescriptorLimits.DEFAULTS)
                .read("water/ZH-INF/scoring.xml", scoring.getBytes(StandardCharsets.UTF_8), parsed, labels);

        Series series = parsed.toSeries(SeriesAvailability.ACCEPTING, "org.zhicheng.series.water", "1.0.0", labels.translations());
        assertEquals("水利系列", series.name());
        assertEquals("水利专业", series.specialties().get(0).name());
        assertEquals("主持的工程项目", series.fileSections().get(0).title());
        assertEquals("项目名称", series.fileSections().get(0).fields().get(0).label());
        assertEquals("代表性项目一项", series.fileSections().get(0).fields().get(0).hint());
        assertEquals("论文著作", standards.get(0).items().stream().filter(i -> i.id().equals("papers")).findFirst()
                .orElseThrow().name());

        assertEquals("Water resources series", series.label(Locale.ENGLISH, series.name()));
        assertEquals("Water resources", series.label(Locale.ENGLISH, "水利专业"));
        assertEquals("Project name", series.label(Locale.ENGLISH, "项目名称"));
        assertEquals("Papers and books", series.label(Locale.ENGLISH, "论文著作"));
        // no English given: the Chinese text; the Chinese locale: always the Chinese text
        assertEquals("主持的工程项目", series.label(Locale.ENGLISH, "主持的工程项目"));
        assertEquals("水利系列", series.label(Locale.SIMPLIFIED_CHINESE, "水利系列"));
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLineAndAKeyIsNotReadWithoutBundles() throws Exception {
        String unknown = SERIES.replace("%specialty.water", "%specialty.waters");
        DescriptorException e = assertThrows(DescriptorException.class, () -> new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read("water/ZH-INF/series.xml", unknown.getBytes(StandardCharsets.UTF_8), waterLabels()));
        assertEquals("water/ZH-INF/series.xml:6: label %specialty.waters has no text in ZH-INF/l10n/series.properties",
                e.getMessage());
        assertThrows(DescriptorException.class, () -> new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read("water/ZH-INF/series.xml", SERIES));
    }

    @Test
    void theStoredDescriptorReadsWithoutTheBundlesAfterARestart() throws Exception {
        DescriptorLabels labels = waterLabels();
        String stored = labels.resolveAll(SERIES.replace("unit=\"地区水利局\"", "unit=\"%unknown &amp; kept\""));
        assertTrue(stored.contains("name=\"水利系列\"") && stored.contains("unit=\"%unknown &amp; kept\""), stored);

        DerbyJpa jpa = new DerbyJpa();
        try {
            SeriesStore store = new SeriesStore(jpa);
            SeriesDescriptorReader.Parsed parsed = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                    .read("series.xml", SERIES.getBytes(StandardCharsets.UTF_8), labels);
            String scoring = TestDescriptors.scoring(2023, 1, List.of("高", "中"));
            Series declared = store.declare(parsed, new ScoringStandardReader(DescriptorLimits.DEFAULTS)
                            .read("scoring.xml", scoring, parsed), "org.zhicheng.series.water", "1.0.0",
                    labels.resolveAll(SERIES), scoring, "scoring.xml", labels.translations());
            assertEquals("Water resources series", declared.label(Locale.ENGLISH, declared.name()));
            store.suspendAll(); // as after a restart, before the plugin is seen again
            Series suspended = store.find("water").orElseThrow();
            assertEquals(SeriesAvailability.SUSPENDED, suspended.availability());
            assertEquals("水利系列", suspended.name());
            assertEquals("水利专业", suspended.specialties().get(0).name());
        } finally {
            jpa.close();
        }
    }

    @Test
    void everySeriesPluginShipsEnglishForEveryLabel(@TempDir Path temp) throws Exception {
        List<String> plugins;
        try (Stream<Path> folders = Files.list(PLUGINS)) {
            plugins = folders.filter(p -> Files.isDirectory(p.resolve("src/main/resources/ZH-INF")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(plugins.containsAll(List.of("archives", "engineering", "health", "school-teachers")), plugins.toString());
        for (String plugin : plugins) {
            Path zhInf = PLUGINS.resolve(plugin + "/src/main/resources/ZH-INF");
            DescriptorLabels labels = DescriptorLabels.load(path -> Files.newInputStream(zhInf.resolve(path)));
            SeriesDescriptorReader.Parsed parsed = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                    .read(plugin, Files.readAllBytes(zhInf.resolve("series.xml")), labels);
            List<ScoringStandard> standards = new ScoringStandardReader(DescriptorLimits.DEFAULTS)
                    .read(plugin, Files.readAllBytes(zhInf.resolve("scoring.xml")), parsed, labels);
            LabelTranslations english = labels.translations();
            Series series = parsed.toSeries(SeriesAvailability.ACCEPTING, plugin, "1", english);
            List<String> chinese = new ArrayList<>(List.of(series.name()));
            series.specialties().forEach(s -> chinese.add(s.name()));
            series.fileSections().forEach(s -> {
                chinese.add(s.title());
                s.fields().forEach(f -> chinese.add(f.label()));
            });
            standards.forEach(s -> s.items().forEach(i -> chinese.add(i.name())));
            for (String label : chinese) {
                String translated = series.label(Locale.ENGLISH, label);
                assertTrue(!translated.equals(label) && translated.chars().allMatch(c -> c < 0x2E80),
                        plugin + ": no English for " + label + " (" + translated + ")");
            }
            assertEquals(List.of(), DescriptorCheck.problems(zhInf), plugin);
        }
        // the build check catches a key of the English bundle that the Chinese one lacks (a typo)
        Path zhInf = Files.createDirectories(temp.resolve("ZH-INF/l10n")).getParent();
        Path health = PLUGINS.resolve("health/src/main/resources/ZH-INF");
        for (String file : List.of("series.xml", "scoring.xml", "l10n/series.properties")) {
            Files.copy(health.resolve(file), zhInf.resolve(file));
        }
        Files.writeString(zhInf.resolve("l10n/series_en.properties"), Files.readString(health.resolve("l10n/series_en.properties"))
                + "serie.name = Health\n");
        List<String> problems = DescriptorCheck.problems(zhInf);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("series_en.properties") && problems.get(0).contains("[serie.name]"), problems.get(0));
    }
}
