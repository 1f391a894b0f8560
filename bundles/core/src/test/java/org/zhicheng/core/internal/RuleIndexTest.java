package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/rule-index.md} is the index of the sources as they are, and every rule R-01..R-39 has a test: regenerate
 * the index with {@code -Dzhicheng.writeDocs=true} after adding or renaming code or tests that cite a rule, and commit
 * it. Reads the whole repository from {@code ../..}, as {@code WorkflowDiagramTest} does.
 */
class RuleIndexTest {

    private static final Path ROOT = Path.of("../..");
    private static RuleIndex index;

    @BeforeAll
    static void readRepository() throws IOException {
        try (InputStream acts = RuleIndexTest.class.getResourceAsStream("/rule-index/acts.tsv")) {
            index = RuleIndex.of(ROOT, new String(acts.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        assertTrue(index.testCount() > 300, "found only " + index.testCount() + " rule-named tests: wrong root?");
    }

    @Test
    void rulesMdHoldsR01ToR39InOrderEachWithItsActs() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 39; i++) {
            expected.add(String.format("R-%02d", i));
        }
        assertEquals(expected, new ArrayList<>(index.rules().keySet()));
        assertEquals(List.of(), index.rules().values().stream()
                .filter(rule -> rule.title().isBlank() || rule.acts().isBlank() || rule.enforcedBy().isBlank())
                .map(RuleIndex.Rule::id).toList(), "rules without a title in rules.md or a line in acts.tsv");
    }

    @Test
    void everyRuleHasATestCarryingItsId() {
        assertEquals(List.of(), index.rulesWithoutTest(),
                "rules no test method names (name a test ..._Rxx after the rule it proves)");
    }

    @Test
    void committedIndexIsTheSources() throws IOException {
        Path doc = ROOT.resolve(RuleIndex.DOC);
        String generated = index.markdown();
        if (Boolean.getBoolean("zhicheng.writeDocs")) {
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "",
                "docs/rule-index.md differs from the sources: run RuleIndexTest with -Dzhicheng.writeDocs=true");
    }

    @Test
    void findsCodeAndTestsOfAKnownRule() {
        // ONE_CHANNEL_PER_YEAR is refused in ApplicationServiceImpl and proven by a named core test.
        assertTrue(index.rulesCitedIn("bundles/core/src/main/java/org/zhicheng/core/internal/ApplicationServiceImpl.java")
                .contains("R-07"));
        assertTrue(index.testsOf("R-07").stream().anyMatch(test -> test.method().equals(
                "secondApplicationInTheSameYearIsRefused_R07") && test.file().startsWith("bundles/core/src/test/")),
                index.testsOf("R-07").toString());
    }

    @Test
    void aTitleIsTheRulesFirstSentence() {
        assertEquals("Application window 07-15 .. 08-30 (county/department organises; late or off-platform"
                + " applications are not accepted).", index.rules().get("R-08").title());
        assertEquals("Review window 08-01 .. 09-10.", index.rules().get("R-09").title());
    }

    @Test
    void aRuleThatNoTestNamesIsListedAndAMentionAloneDoesNotCount(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("docs/rules.md"), "## Who\n- R-01 First rule.\n- R-02 Second\n  rule.\n");
        Path test = repo.resolve("m/src/test/java/x/SomeTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "class SomeTest {\n    @Test\n    void provesTheFirst_R01() {\n    }\n\n"
                + "    // R-02 is only mentioned here\n    private void helper_R02() {\n    }\n}\n");
        RuleIndex tiny = RuleIndex.of(repo, List.of("R-01\tacts\twhere", "R-02\tacts\twhere"));
        assertEquals("Second rule.", tiny.rules().get("R-02").title());
        assertEquals(List.of("R-02"), tiny.rulesWithoutTest());
        assertEquals(List.of(new RuleIndex.TestCase("provesTheFirst_R01", "m/src/test/java/x/SomeTest.java")),
                tiny.testsOf("R-01"));
    }
}
