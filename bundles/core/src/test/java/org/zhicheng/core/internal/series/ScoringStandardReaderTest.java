package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringStandard;

class ScoringStandardReaderTest {

    private final ScoringStandardReader reader = new ScoringStandardReader(DescriptorLimits.DEFAULTS);
    private final SeriesDescriptorReader.Parsed seniorAndIntermediate;

    ScoringStandardReaderTest() throws DescriptorException {
        seniorAndIntermediate = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS).read("series.xml",
                TestDescriptors.series("water", "水利", """
                  <specialty name="水利专业">
                    <committee levels="副高 中级" unit="地区水利局" phone="0997-2129001"/>
                    <committee levels="助理 员级" examOnly="true"/>
                  </specialty>"""));
    }

    @Test
    void readsAStandardPerTierAndEvaluatedGrade_R26() throws Exception {
        List<ScoringStandard> standards = reader.read("scoring.xml", TestDescriptors.scoring(2023, 1, List.of("高", "中")),
                seniorAndIntermediate);
        assertEquals(6, standards.size());
        ScoringStandard first = standards.get(0);
        assertEquals(Tier.PREFECTURE_DIRECT, first.tier());
        assertEquals(Grade.SENIOR, first.grade());
        assertEquals(7, first.items().size());
        assertTrue(first.sample());
        assertTrue(first.items().stream().filter(i -> i.id().equals("seniority")).findFirst().orElseThrow().computed(),
                "seniority is computed to 12-31 of the year (R-12)");
        assertEquals(new BigDecimal("0.2"), first.shares().get(ScoringCategory.PAPERS).stripTrailingZeros());
    }

    @Test
    void aMissingTierOrGradeIsRefused_R26() {
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("p/ZH-INF/scoring.xml",
                TestDescriptors.scoring(2023, 1, List.of("高")), seniorAndIntermediate));
        assertEquals("p/ZH-INF/scoring.xml: no 2023 standard for tier 地直 and grade 中 (R-26: every tier and evaluated grade)",
                e.getMessage());
        DescriptorException examOnlyGrade = assertThrows(DescriptorException.class, () -> reader.read("s.xml",
                TestDescriptors.scoring(2023, 1, List.of("高", "中", "初")), seniorAndIntermediate));
        assertEquals("s.xml: standard 2023 v1 地直/初 is for a grade no specialty of the series evaluates",
                examOnlyGrade.getMessage());
    }

    @Test
    void aFourOnlysItemAboveTheCapIsRefusedNamingFileLineAndItem_R27() {
        String scoring = TestDescriptors.scoring(2023, 1, List.of("高", "中"))
                .replaceFirst("(?s)<standard year=\"2023\" version=\"1\" tier=\"地直\" grade=\"高\".*?</standard>\n",
                        TestDescriptors.standard(2023, 1, "地直", "高", "25").trim() + "\n");
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("org.zhicheng.series.water/ZH-INF/scoring.xml", scoring, seniorAndIntermediate));
        assertEquals("org.zhicheng.series.water/ZH-INF/scoring.xml:7: standard 2023 v1 地直/高, item 'papers':"
                + " category papers carries 25 of 100 points (25%), more than the 20% allowed for one of the four onlys (R-27)",
                e.getMessage());
    }

    @Test
    void theCapIsConfigurable_R27() throws Exception {
        String scoring = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replace("points=\"20\" evidence=\"论文",
                "points=\"25\" evidence=\"论文").replace("points=\"20\" evidence=\"代表性成果", "points=\"15\" evidence=\"代表性成果");
        ScoringStandardReader lenient = new ScoringStandardReader(new DescriptorLimits(550, 700, new BigDecimal("0.25")));
        assertEquals(6, lenient.read("s.xml", scoring, seniorAndIntermediate).size());
        assertThrows(DescriptorException.class, () -> reader.read("s.xml", scoring, seniorAndIntermediate));
    }

    @Test
    void computedItemsDeclareTheirPointsPerYear_R12() throws Exception {
        String twoAYear = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replace("computed=\"true\"",
                "computed=\"true\" perYear=\"2.5\"");
        ScoringItem seniority = reader.read("s.xml", twoAYear, seniorAndIntermediate).get(0).items().stream()
                .filter(i -> i.id().equals("seniority")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2.50"), seniority.perYear());
        assertEquals(new BigDecimal("7.50"), seniority.computedPoints(3));
        assertEquals(new BigDecimal("10.00"), seniority.computedPoints(11), "never above the item's points");
        assertEquals(new BigDecimal("1.00"), reader.read("s.xml", TestDescriptors.scoring(2023, 1, List.of("高", "中")),
                seniorAndIntermediate).get(0).items().stream().filter(ScoringItem::computed).findFirst().orElseThrow().perYear(),
                "1 point a year unless declared");
        String typedWithPerYear = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replaceFirst("category=\"ethics\"",
                "category=\"ethics\" perYear=\"1\"");
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("s.xml", typedWithPerYear, seniorAndIntermediate));
        assertEquals("s.xml:4: item 'ethics': perYear belongs to computed=\"true\" items only", e.getMessage());
    }

    @Test
    void pointsMustAddUpToTheTotal_R26() {
        String scoring = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replaceFirst("points=\"25\" evidence=\"年度考核\"",
                "points=\"24\" evidence=\"年度考核\"");
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("s.xml", scoring, seniorAndIntermediate));
        assertEquals("s.xml:3: standard 2023 v1 地直/高: items add up to 99 points, not the total 100", e.getMessage());
    }

    @Test
    void duplicatesAndUnknownsAreRefused() {
        String twice = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replaceFirst(
                "<item id=\"ability\"", "<item id=\"ethics\"");
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("s.xml", twice, seniorAndIntermediate));
        assertEquals("s.xml:5: item 'ethics' appears twice in standard 2023 v1 地直/高", e.getMessage());
        String unknownCategory = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replaceFirst("category=\"awards\"",
                "category=\"connections\"");
        DescriptorException category = assertThrows(DescriptorException.class,
                () -> reader.read("s.xml", unknownCategory, seniorAndIntermediate));
        assertEquals("s.xml:10: item 'awards' has unknown category 'connections'", category.getMessage());
    }

    @Test
    void laterVersionsOfAYearStandBesideEarlierOnes_R21() throws Exception {
        String both = TestDescriptors.scoring(2023, 1, List.of("高", "中")).replace("</scoring>\n", "")
                + TestDescriptors.scoring(2023, 2, List.of("高", "中")).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scoring>\n", "");
        List<ScoringStandard> standards = reader.read("s.xml", both, seniorAndIntermediate);
        assertEquals(12, standards.size());
        assertEquals(2, standards.get(11).version());
    }
    @Test
    void namespacedStandardsReadAsUnNamespacedOnes() throws Exception {
        String plain = TestDescriptors.scoring(2023, 1, List.of("高", "中"));
        String namespaced = plain.replace("<scoring>", "<scoring " + SeriesDescriptorReaderTest.SCHEMA_ATTRIBUTES + ">");
        assertEquals(reader.read("plain.xml", plain, seniorAndIntermediate),
                reader.read("namespaced.xml", namespaced, seniorAndIntermediate));
    }
}
