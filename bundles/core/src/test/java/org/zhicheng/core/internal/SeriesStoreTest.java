package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.core.internal.series.DescriptorException;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** The catalog's persistent side on a real Derby database: published standards are kept and never rewritten. */
class SeriesStoreTest {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");

    private DerbyJpa jpa;
    private SeriesStore store;

    @BeforeEach
    void open() {
        jpa = new DerbyJpa();
        store = new SeriesStore(jpa);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private void declare(String bundleVersion, String scoring) throws DescriptorException {
        TestDescriptors.declare(store, WATER, scoring, bundleVersion);
    }

    @Test
    void anUpgradedPluginsNewVersionStandsBesideTheOldOne_R21() throws Exception {
        declare("1.0.0", TestDescriptors.scoring(2023, 1, List.of("高")));
        String version2 = TestDescriptors.scoring(2023, 2, List.of("高")).replace("points=\"20\" evidence=\"论文",
                "points=\"15\" evidence=\"论文").replace("points=\"20\" evidence=\"代表性成果", "points=\"25\" evidence=\"代表性成果");
        declare("1.1.0", version2);

        assertEquals(6, store.forSeries("water").size(), "3 tiers x 2 versions");
        ScoringStandard current = store.current("water", 2023, Tier.TOWNSHIP, Grade.SENIOR).orElseThrow();
        assertEquals(2, current.version());
        assertEquals(new BigDecimal("15.00"), current.pointsOf(ScoringCategory.PAPERS));
        ScoringStandard kept = store.find("water", 2023, 1, Tier.TOWNSHIP, Grade.SENIOR).orElseThrow();
        assertEquals(new BigDecimal("20.00"), kept.pointsOf(ScoringCategory.PAPERS));
        assertEquals("1.1.0", store.find("water").orElseThrow().pluginVersion());
    }

    @Test
    void aPublishedVersionCannotBeRewritten_R21() throws Exception {
        declare("1.0.0", TestDescriptors.scoring(2023, 1, List.of("高")));
        String rewritten = TestDescriptors.scoring(2023, 1, List.of("高")).replace("points=\"20\" evidence=\"论文",
                "points=\"15\" evidence=\"论文").replace("points=\"20\" evidence=\"代表性成果", "points=\"25\" evidence=\"代表性成果");
        DescriptorException e = assertThrows(DescriptorException.class, () -> declare("1.0.1", rewritten));
        assertEquals("water/ZH-INF/scoring.xml: standard 2023 v1 地直/高 was published before with other items or points;"
                + " publish the revision as a new version (R-21)", e.getMessage());
        // nothing of the refused declaration was written
        assertEquals("1.0.0", store.find("water").orElseThrow().pluginVersion());
        assertEquals(new BigDecimal("20.00"), store.find("water", 2023, 1, Tier.PREFECTURE_DIRECT, Grade.SENIOR).orElseThrow()
                .pointsOf(ScoringCategory.PAPERS));
        assertEquals(3, store.forSeries("water").size());
    }

    @Test
    void aRemovedSeriesIsSuspendedAndKeepsItsStandards() throws Exception {
        declare("1.0.0", TestDescriptors.scoring(2023, 1, List.of("高")));
        store.suspend("water", "org.zhicheng.series.water");
        assertEquals(SeriesAvailability.SUSPENDED, store.find("water").orElseThrow().availability());
        assertTrue(store.acceptingSeries().isEmpty());
        assertEquals(3, store.forSeries("water").size());
        // re-declaring the same content is not a rewrite
        declare("1.0.0", TestDescriptors.scoring(2023, 1, List.of("高")));
        assertEquals(SeriesAvailability.ACCEPTING, store.find("water").orElseThrow().availability());
    }

    @Test
    void seriesAreListedInTheCommitteeTablesOrder() throws Exception {
        declare("1.0.0", TestDescriptors.scoring(2023, 1, List.of("高")));
        for (String[] series : new String[][] {{"zz-late", "甲系列", "40"}, {"aa-early", "乙系列", "3"}}) {
            String descriptor = TestDescriptors.series(series[0], series[1], "<specialty name=\"专业\" annexRow=\"" + series[2]
                    + "\"><committee levels=\"副高\" unit=\"单位\" phone=\"1\"/></specialty>");
            TestDescriptors.declare(store, descriptor, List.of("高"));
        }
        // water has no table row: last
        assertEquals(List.of("aa-early", "zz-late", "water"), store.allSeries().stream().map(s -> s.code()).toList());
    }
}
