package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;


import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.Specialty;

/**
 * Every series of the committee table (Annex 5, {@code committees.csv}) ships as its own plugin, and the
 * catalog built from the plugins' descriptors says, row for row, what the table says: which levels each
 * specialty evaluates, who organises the committee and its phone, which levels are exam-only.
 * The table is read inside the container from the path failsafe passes in {@code zhicheng.committees.csv}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CommitteeTablesTests extends ContainerTestSupport {

    /** The series of Annex 5 and their plugin codes (fixed: applications refer to the codes). */
    private static final Map<String, String> CODES = codes(
            "工程系列", "engineering",
            "干部院校教师系列", "cadre-school-teachers",
            "技工院校教师系列", "technical-school-teachers",
            "高等院校教师系列", "university-teachers",
            "高等职业院校教师系列", "vocational-college-teachers",
            "教师系列", "school-teachers",
            "中等职业学校教师系列", "secondary-vocational-teachers",
            "少数民族语文翻译系列", "minority-language-translation",
            "党干校(中等专科体制)教师系列", "party-school-teachers",
            "农业系列", "agriculture",
            "艺术系列", "art",
            "文化系列", "culture",
            "文物博物系列", "cultural-relics-museum",
            "体育教练员系列", "sports-coaches",
            "播音系列", "broadcasting",
            "实验技术系列", "experimental-technology",
            "自然科学研究系列", "natural-science-research",
            "档案系列", "archives",
            "新闻系列", "journalism",
            "文学创作系列", "literary-creation",
            "卫生健康系列", "health",
            "出版系列", "publishing",
            "会计系列", "accounting",
            "统计系列", "statistics",
            "审计系列", "audit",
            "经济系列", "economics",
            "公共法律服务系列", "public-legal-services");

    @Test
    public void everySeriesOfTheCommitteeTableIsItsOwnAcceptingPlugin() throws IOException {
        awaitEverySeriesAccepting();
        List<Series> all = catalog.allSeries();
        assertEquals("series in the catalog: " + codesOf(all), CODES.size(), all.size());
        assertEquals(new TreeMap<>(CODES), all.stream().collect(Collectors.toMap(Series::name, Series::code, (a, b) -> a + "," + b, TreeMap::new)));
        for (Series series : all) {
            assertEquals(series.code(), SeriesAvailability.ACCEPTING, series.availability());
            assertEquals(series.code(), "org.zhicheng.series." + series.code().replace('-', '.'), series.pluginBundle());
        }
        assertEquals("the table's series", new TreeMap<>(CODES).keySet(),
                readTable().stream().map(r -> r.get("series")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    public void everyRowOfTheCommitteeTableIsASpecialtyWithExactlyItsCommittees_R01_R39() throws IOException {
        awaitEverySeriesAccepting();
        List<Map<String, String>> rows = readTable();
        List<String> problems = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String where = "row " + row.get("no") + " " + row.get("series") + " / " + row.get("specialty");
            Series series = seriesNamed(row.get("series"));
            if (series == null) {
                problems.add(where + ": no series of that name");
                continue;
            }
            Specialty specialty = series.specialty(row.get("specialty")).orElse(null);
            if (specialty == null) {
                problems.add(where + ": series " + series.code() + " has no such specialty");
                continue;
            }
            Set<LevelCommittee> actual = new HashSet<>(specialty.committees());
            Set<TitleLevel> levels = specialty.committees().stream().map(LevelCommittee::level).collect(Collectors.toSet());
            if (levels.size() != specialty.committees().size()) {
                problems.add(where + ": a level has more than one committee: " + specialty.committees());
            }
            Set<LevelCommittee> expected = expectedCommittees(row);
            if (!actual.equals(expected)) {
                problems.add(where + ":\n    expected " + sorted(expected) + "\n    but was  " + sorted(actual));
            }
        }
        assertTrue(problems.size() + " of " + rows.size() + " rows differ:\n" + String.join("\n", problems), problems.isEmpty());
    }

    @Test
    public void noSeriesHasASpecialtyThatIsNotInTheCommitteeTable() throws IOException {
        awaitEverySeriesAccepting();
        Map<String, List<String>> tableSpecialties = new HashMap<>();
        for (Map<String, String> row : readTable()) {
            tableSpecialties.computeIfAbsent(row.get("series"), s -> new ArrayList<>()).add(row.get("specialty"));
        }
        for (Series series : catalog.allSeries()) {
            List<String> declared = series.specialties().stream().map(Specialty::name).collect(Collectors.toList());
            assertEquals(series.code() + ": specialty declared twice", new LinkedHashSet<>(declared).size(), declared.size());
            assertEquals(series.code() + ": specialties", new HashSet<>(tableSpecialties.getOrDefault(series.name(), List.of())),
                    new HashSet<>(declared));
        }
    }

    // ---- the table's meaning

    /**
     * The committees a row of the table stands for. Levels in {@code senior_ranks} go to {@code senior_unit},
     * 中级 to {@code intermediate_unit}, 助理 and 员级 ("初级") to {@code junior_unit}, all with the row's phone as
     * written; levels in {@code exam_replaces} are exam-only (R-01: no unit, no phone); a level with no unit is not
     * evaluated. A row whose {@code senior_ranks} is 正高 alone is the series' full-senior title (正高级工程师,
     * 农业推广研究员, 正高级经济师: the notes of rows 17, 32 and 58): only 正高 is evaluated there, its
     * intermediate and junior unit columns are not read.
     */
    static Set<LevelCommittee> expectedCommittees(Map<String, String> row) {
        List<String> senior = terms(row.get("senior_ranks"));
        List<String> exam = terms(row.get("exam_replaces"));
        boolean fullSeniorTitle = senior.equals(List.of(TitleLevel.SENIOR_FULL.officialTerm()));
        String phone = row.get("phone");
        Set<LevelCommittee> expected = new HashSet<>();
        for (String term : senior) {
            expected.add(new LevelCommittee(TitleLevel.fromOfficialTerm(term), row.get("senior_unit"), phone, false));
        }
        if (exam.contains("中级")) {
            expected.add(new LevelCommittee(TitleLevel.INTERMEDIATE, "", "", true));
        } else if (!fullSeniorTitle && !row.get("intermediate_unit").isEmpty()) {
            expected.add(new LevelCommittee(TitleLevel.INTERMEDIATE, row.get("intermediate_unit"), phone, false));
        }
        for (TitleLevel junior : List.of(TitleLevel.ASSISTANT, TitleLevel.JUNIOR)) {
            if (exam.contains("初级")) {
                expected.add(new LevelCommittee(junior, "", "", true));
            } else if (!fullSeniorTitle && !row.get("junior_unit").isEmpty()) {
                expected.add(new LevelCommittee(junior, row.get("junior_unit"), phone, false));
            }
        }
        return expected;
    }

    private static List<String> terms(String cell) {
        return Arrays.stream(cell.split(";")).map(String::trim).filter(t -> !t.isEmpty()).collect(Collectors.toList());
    }

    // ---- helpers

    private void awaitEverySeriesAccepting() {
        Await.until(CODES.size() + " series ACCEPTING", STATE_TIMEOUT,
                () -> catalog.acceptingSeries().size() >= CODES.size(),
                () -> "accepting: " + codesOf(catalog.acceptingSeries()) + "\nall: "
                        + catalog.allSeries().stream().map(s -> s.code() + "=" + s.availability()).collect(Collectors.toList()));
    }

    private Series seriesNamed(String name) {
        List<Series> named = catalog.allSeries().stream().filter(s -> s.name().equals(name)).collect(Collectors.toList());
        assertTrue("more than one series named " + name + ": " + codesOf(named), named.size() <= 1);
        return named.isEmpty() ? null : named.get(0);
    }

    private static List<String> codesOf(List<Series> series) {
        return series.stream().map(Series::code).sorted().collect(Collectors.toList());
    }

    private static List<String> sorted(Set<LevelCommittee> committees) {
        return committees.stream()
                .sorted((a, b) -> a.level().compareTo(b.level()))
                .map(c -> c.level().officialTerm() + (c.examOnly() ? " 以考代评" : " " + c.organisingUnit() + " " + c.phone()))
                .collect(Collectors.toList());
    }

    private static Map<String, String> codes(String... nameCodePairs) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < nameCodePairs.length; i += 2) {
            codes.put(nameCodePairs[i], nameCodePairs[i + 1]);
        }
        return codes;
    }

    /** The committee table, one map per row keyed by the header's column names. */
    static List<Map<String, String>> readTable() throws IOException {
        String location = System.getProperty(COMMITTEES_CSV_PROPERTY);
        assertTrue("System property " + COMMITTEES_CSV_PROPERTY + " (the committee table, set by failsafe) is not set in the container",
                location != null && !location.isBlank());
        Path csv = Paths.get(location);
        assertTrue("No committee table at " + csv.toAbsolutePath(), Files.isRegularFile(csv));
        List<List<String>> records = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        for (String column : List.of("no", "series", "specialty", "senior_ranks", "senior_unit", "intermediate_unit",
                "junior_unit", "exam_replaces", "phone")) {
            assertTrue(csv + " has no column " + column + ": " + header, header.contains(column));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            assertEquals("fields in " + record, header.size(), record.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        assertTrue("the committee table has no rows", !rows.isEmpty());
        return rows;
    }

    /** RFC 4180: comma-separated, fields optionally in double quotes ("" for a quote inside). */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
