package org.zhicheng.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule → code index ({@code docs/rule-index.md}), generated from the rule ids the repository's sources carry: a
 * main source (Java, or a descriptor or schema under {@code src/main/}) cites a rule when it names {@code R-07}; a test
 * cites it when its method name carries {@code _R07} (the house rule for naming tests), and other test code that only
 * mentions {@code R-07} is listed apart. The rules' titles come from {@code docs/rules.md}, the acts each governs and
 * where core enforces it from the hand-written {@code rule-index/acts.tsv} beside this test.
 */
final class RuleIndex {

    static final String DOC = "docs/rule-index.md";

    private static final Pattern RULE_LINE = Pattern.compile("^- (R-\\d\\d) (.*)$");
    private static final Pattern MENTION = Pattern.compile("\\bR-(\\d\\d)\\b");
    private static final Pattern TEST_METHOD = Pattern.compile("\\bvoid\\s+([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)\\s*\\(");
    private static final Pattern NAMED_ID = Pattern.compile("_R(\\d\\d)(?=_|$)");
    private static final Pattern TEST_ANNOTATION = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b");
    private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", "node_modules", ".mvn", "docs");
    private static final int TITLE_MAX = 150;

    /** A rule: its id, its title (the first sentence in rules.md), the acts it governs and where core enforces it. */
    record Rule(String id, String title, String acts, String enforcedBy) {
    }

    /** A test method whose name carries rule ids, in the file (relative to the root) that declares it. */
    record TestCase(String method, String file) {
    }

    private final Path root;
    private final Map<String, Rule> rules;
    private final Map<String, Set<String>> code = new TreeMap<>();
    private final Map<String, List<TestCase>> tests = new TreeMap<>();
    private final Map<String, Set<String>> otherTestFiles = new TreeMap<>();

    private RuleIndex(Path root, Map<String, Rule> rules) {
        this.root = root;
        this.rules = rules;
        rules.keySet().forEach(id -> {
            code.put(id, new TreeSet<>());
            tests.put(id, new ArrayList<>());
            otherTestFiles.put(id, new TreeSet<>());
        });
    }

    /** Reads the rules and every source below {@code root} (the repository). */
    static RuleIndex of(Path root, List<String> actsTsv) throws IOException {
        RuleIndex index = new RuleIndex(root, rules(Files.readAllLines(root.resolve("docs/rules.md"),
                StandardCharsets.UTF_8), actsTsv));
        for (Path file : sources(root)) {
            index.read(file);
        }
        return index;
    }

    Map<String, Rule> rules() {
        return rules;
    }

    /** The rules no test method names, in order. */
    List<String> rulesWithoutTest() {
        return tests.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    int testCount() {
        return tests.values().stream().mapToInt(List::size).sum();
    }

    /** The rules a main source cites by id, in order. */
    List<String> rulesCitedIn(String relativeFile) {
        return code.entrySet().stream().filter(e -> e.getValue().contains(relativeFile)).map(Map.Entry::getKey).toList();
    }

    /** The test methods carrying the rule's id. */
    List<TestCase> testsOf(String rule) {
        return tests.get(rule);
    }

    static Map<String, Rule> rules(List<String> rulesMd, List<String> actsTsv) {
        Map<String, String[]> acts = new LinkedHashMap<>();
        for (String line : actsTsv) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalArgumentException("acts.tsv: want rule, acts, where core enforces it: " + line);
                }
                acts.put(cells[0], cells);
            }
        }
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : rulesMd) {
            Matcher rule = RULE_LINE.matcher(line);
            if (rule.matches()) {
                current = new StringBuilder(rule.group(2).trim());
                if (texts.put(rule.group(1), current) != null) {
                    throw new IllegalArgumentException("rules.md has two " + rule.group(1));
                }
            } else if (current != null && line.startsWith("  ") && !line.isBlank()) {
                // a word broken at a line's end ("prefecture-\n  direct") is joined without a space
                current.append(current.charAt(current.length() - 1) == '-' ? "" : " ").append(line.trim());
            } else {
                current = null;
            }
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        texts.forEach((id, text) -> {
            String[] cells = acts.getOrDefault(id, new String[] {id, "", ""});
            rules.put(id, new Rule(id, title(text.toString()), cells[1], cells[2]));
        });
        return rules;
    }

    /** The rule's first sentence ("07-15 .. 08-30" and "e.g." do not end it), cut at a word if long. */
    static String title(String text) {
        Matcher end = Pattern.compile("(?<![.]|e\\.g)\\.(?![.])(?=\\s|$)").matcher(text);
        String sentence = end.find() ? text.substring(0, end.start() + 1) : text;
        if (sentence.length() <= TITLE_MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_MAX);
        return sentence.substring(0, cut > 0 ? cut : TITLE_MAX) + " …";
    }

    private static List<Path> sources(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && SKIPPED_DIRS.contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = slashed(root.relativize(file));
                if (file.getFileName().toString().startsWith("RuleIndex")) {
                    return FileVisitResult.CONTINUE; // the index's own examples cite no rule
                }
                if (isTest(path) && path.endsWith(".java") || path.contains("/src/main/")
                        && (path.endsWith(".java") || path.endsWith(".xml") || path.endsWith(".xsd"))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private void read(Path file) {
        String relative = slashed(root.relativize(file));
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean test = isTest(relative);
        Set<String> named = new TreeSet<>();
        if (test) {
            Matcher method = TEST_METHOD.matcher(text);
            while (method.find()) {
                if (!annotatedAsTest(text, method.start())) {
                    continue;
                }
                Matcher id = NAMED_ID.matcher(method.group(1));
                while (id.find()) {
                    String rule = "R-" + id.group(1);
                    if (tests.containsKey(rule)) {
                        tests.get(rule).add(new TestCase(method.group(1), relative));
                        named.add(rule);
                    }
                }
            }
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            String rule = "R-" + mention.group(1);
            if (!code.containsKey(rule)) {
                continue;
            }
            if (!test) {
                code.get(rule).add(relative);
            } else if (!named.contains(rule)) {
                otherTestFiles.get(rule).add(relative);
            }
        }
    }

    /** Test code: a module's tests, or the test fixtures core shares with karaf-assembly. */
    private static boolean isTest(String path) {
        return path.contains("/src/test/java/") || path.contains("/src/testFixtures/java/");
    }

    /** Whether the method declared at {@code start} is annotated as a test (its annotations follow the last ; or }). */
    private static boolean annotatedAsTest(String text, int start) {
        int from = Math.max(text.lastIndexOf(';', start), text.lastIndexOf('}', start));
        return TEST_ANNOTATION.matcher(text.substring(Math.max(from, 0), start)).find();
    }

    /** The index as Markdown, links relative to {@code docs/}, each file's link defined once at the end. */
    String markdown() {
        Map<String, String> labels = labels();
        StringBuilder md = new StringBuilder();
        md.append("# Rule index: R-01 … R-39 → the code that cites each rule and the tests that prove it\n\n");
        md.append("Generated by core's `RuleIndexTest` from the rule ids in the repository's sources; do not edit it by"
                + " hand: after\nchanging code or tests run `mvn -pl bundles/core test -Dtest=RuleIndexTest"
                + " -Dzhicheng.writeDocs=true` and commit it.\n");
        md.append("The rules are [rules.md](rules.md). *Acts* and *where core enforces it* are written by hand in\n"
                + "[acts.tsv](../bundles/core/src/test/resources/rule-index/acts.tsv). *Code* is every main source"
                + " (Java, descriptor,\nschema) naming the rule (`R-07`); *tests* are the test methods whose name"
                + " carries its id (`..._R07`), in core (JUnit\non real Derby), the other bundles, and `karaf-assembly`"
                + " (Pax Exam over real HTTP, headless Chromium). `RuleIndexTest`\nfails when a rule has no test.\n\n");
        md.append("| Rule | Title | Code | Tests |\n|---|---|---|---|\n");
        for (Rule rule : rules.values()) {
            md.append("| [").append(rule.id()).append("](#").append(anchor(rule.id())).append(") | ")
                    .append(cell(rule.title())).append(" | ").append(code.get(rule.id()).size()).append(" | ")
                    .append(tests.get(rule.id()).size()).append(" |\n");
        }
        for (Rule rule : rules.values()) {
            String id = rule.id();
            md.append("\n## <a id=\"").append(anchor(id)).append("\"></a>").append(id).append(' ')
                    .append(rule.title()).append("\n\n");
            if (!rule.acts().isEmpty()) {
                md.append("- **Acts it governs:** ").append(rule.acts()).append('\n');
            }
            if (!rule.enforcedBy().isEmpty()) {
                md.append("- **Where core enforces it:** ").append(rule.enforcedBy()).append('\n');
            }
            Map<String, List<String>> testsByModule = new TreeMap<>();
            for (TestCase test : tests.get(id)) {
                testsByModule.computeIfAbsent(group(test.file()), m -> new ArrayList<>())
                        .add("[`" + test.method() + "`][" + labels.get(test.file()) + "]");
            }
            appendByModule(md, "Tests", tests.get(id).size(), testsByModule);
            appendByModule(md, "Code", code.get(id).size(), byModule(code.get(id), labels));
            appendByModule(md, "Other tests mentioning it", otherTestFiles.get(id).size(),
                    byModule(otherTestFiles.get(id), labels));
        }
        md.append('\n');
        labels.forEach((file, label) -> md.append('[').append(label).append("]: ../").append(file).append('\n'));
        return md.toString();
    }

    /** A short link label per file: its class (or folder/file) name, or its path where two files share the name. */
    private Map<String, String> labels() {
        Set<String> files = new TreeSet<>();
        code.values().forEach(files::addAll);
        otherTestFiles.values().forEach(files::addAll);
        tests.values().forEach(list -> list.forEach(test -> files.add(test.file())));
        Map<String, Long> names = new TreeMap<>();
        files.forEach(file -> names.merge(simpleName(file).toLowerCase(), 1L, Long::sum));
        Map<String, String> labels = new LinkedHashMap<>();
        files.forEach(file -> labels.put(file, names.get(simpleName(file).toLowerCase()) == 1 ? simpleName(file) : file));
        return labels;
    }

    private static Map<String, List<String>> byModule(Set<String> files, Map<String, String> labels) {
        Map<String, List<String>> links = new TreeMap<>();
        for (String file : files) {
            String label = labels.get(file);
            String name = simpleName(file);
            links.computeIfAbsent(group(file), m -> new ArrayList<>())
                    .add(label.equals(name) ? "[" + name + "]" : "[" + name + "][" + label + "]");
        }
        return links;
    }

    private static void appendByModule(StringBuilder md, String heading, int count, Map<String, List<String>> links) {
        if (count == 0 && !heading.equals("Tests")) {
            return;
        }
        md.append("- **").append(heading).append(" (").append(count).append("):**");
        links.forEach((module, list) -> md.append("\n  ").append(module).append(": ")
                .append(String.join(", ", list)).append(';'));
        if (!links.isEmpty()) {
            md.setLength(md.length() - 1);
        }
        md.append('\n');
    }

    /** Where a file is listed: its bundle (bundles/core), else its top folder (series-plugins, karaf-assembly). */
    private static String group(String file) {
        String[] parts = file.split("/");
        return parts[0].equals("bundles") ? parts[0] + "/" + parts[1] : parts[0];
    }

    /** The module: the path before {@code /src/}. */
    private static String module(String file) {
        return file.substring(0, file.indexOf("/src/"));
    }

    /**
     * A Java file's class name (a package-info with its package: evaluation/package-info); another file's name with its
     * module (health/series.xml).
     */
    private static String simpleName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String folder = file.substring(0, file.lastIndexOf('/'));
        if (name.equals("package-info.java")) {
            return folder.substring(folder.lastIndexOf('/') + 1) + "/package-info";
        }
        if (name.endsWith(".java")) {
            return name.substring(0, name.length() - ".java".length());
        }
        String module = module(file);
        return module.substring(module.lastIndexOf('/') + 1) + "/" + name;
    }

    private static String anchor(String rule) {
        return rule.toLowerCase();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
