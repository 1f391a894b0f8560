package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository's rule table ({@code docs/rule-table.md}) stays true: a row for each of R-01..R-39, each naming at
 * least one test, and every named test a test method somewhere in the repository whose name carries the rule's id.
 */
class RuleTableTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern ROW = Pattern.compile("^\\| (R-\\d\\d) \\|(.*)\\|(.*)\\|(.*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([A-Za-z0-9_]+)`");
    private static final Pattern TEST_METHOD = Pattern.compile("void ([A-Za-z0-9_]+)\\s*\\(");

    @Test
    void everyRuleHasARowAndEveryNamedTestExistsWithItsRuleId() throws IOException {
        Map<String, List<String>> rows = rows();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 39; i++) {
            expected.add(String.format("R-%02d", i));
        }
        assertEquals(expected, new ArrayList<>(rows.keySet()), "one row per rule, in order");

        Set<String> testMethods = testMethods();
        assertTrue(testMethods.size() > 300, "found only " + testMethods.size() + " test methods: wrong root?");
        List<String> wrong = new ArrayList<>();
        rows.forEach((rule, tests) -> {
            if (tests.isEmpty()) {
                wrong.add(rule + " names no test");
            }
            String id = "R" + rule.substring(2);
            for (String test : tests) {
                if (!testMethods.contains(test)) {
                    wrong.add(rule + ": no test method " + test);
                } else if (!Pattern.compile("_(R\\d\\d_)*" + id + "(_|$)").matcher(test).find()) {
                    wrong.add(rule + ": " + test + " does not carry " + id);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    private static Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/rule-table.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> tests = new ArrayList<>();
                Matcher name = NAME.matcher(row.group(4));
                while (name.find()) {
                    tests.add(name.group(1));
                }
                assertTrue(rows.put(row.group(1), tests) == null, row.group(1) + " has two rows");
            }
        }
        return rows;
    }

    /** The names of methods in every test source of the repository. */
    private static Set<String> testMethods() throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/test/java/")
                    && !f.toString().contains("/target/")).toList()) {
                Matcher method = TEST_METHOD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (method.find()) {
                    names.add(method.group(1));
                }
            }
        }
        return names;
    }
}
