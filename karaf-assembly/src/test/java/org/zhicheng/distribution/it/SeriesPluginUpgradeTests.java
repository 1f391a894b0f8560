package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.service.ZhichengException;

/**
 * A series department's plugin over its life in the running platform: installed, upgraded with a second
 * version of its scoring standards, removed; and plugins with a broken descriptor or an invalid standard
 * refused while every other series keeps running.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SeriesPluginUpgradeTests extends ContainerTestSupport {

    private static final String CODE = "itest-forestry";
    private static final String BUNDLE = "org.zhicheng.series.itest.forestry";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ScoringStandards standards;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ScoringService scoring;

    @Test
    public void installUpgradeAndRemoveKeepScoredVersionsAndData_R21() throws Exception {
        Bundle plugin = bundleContext.installBundle("itest:" + BUNDLE, PluginJars.jar(BUNDLE, "1.0.0",
                PluginJars.series(CODE, "测试林业系列"), PluginJars.scoring(Map.of(1, 20))));
        try {
            plugin.start();
            awaitSeries(SeriesAvailability.ACCEPTING, "1.0.0");
            assertEquals(6, standards.forSeries(CODE).size());

            Application scored = submitted();
            ScoringStandard v1 = scoring.standardFor(scored.id());
            assertEquals(1, v1.version());
            assertEquals(Tier.COUNTY_CITY, v1.tier());
            ScoreSheet first = scoring.submitScoreSheet(scored.id(), expert("expert-1"), fullMarks(v1));
            Application unscored = submitted();

            // version 2 of the standards beside version 1, papers down to 15 points
            plugin.update(PluginJars.jar(BUNDLE, "1.1.0", PluginJars.series(CODE, "测试林业系列"),
                    PluginJars.scoring(Map.of(1, 20, 2, 15))));
            awaitSeries(SeriesAvailability.ACCEPTING, "1.1.0");
            assertEquals(12, standards.forSeries(CODE).size());
            assertEquals(1, scoring.standardFor(scored.id()).version());
            assertEquals(2, scoring.standardFor(unscored.id()).version());
            assertEquals(0, new BigDecimal("15").compareTo(scoring.standardFor(unscored.id()).items().stream()
                    .filter(i -> i.id().equals("papers")).findFirst().orElseThrow().points()));
            ScoreSheet second = scoring.submitScoreSheet(scored.id(), expert("expert-2"), fullMarks(v1));
            assertEquals(1, second.version());

            plugin.uninstall();
            awaitSeries(SeriesAvailability.SUSPENDED, "1.1.0");
            assertEquals(List.of(first, second), scoring.scoreSheets(scored.id(), IT));
            assertEquals(scored.id(), applications.find(scored.id(), IT).orElseThrow().id());
            assertEquals(unscored.id(), applications.find(unscored.id(), IT).orElseThrow().id());
            assertEquals(12, standards.forSeries(CODE).size());
            try {
                applications.createDraft(draft(newApplicant()), as("it"));
                fail("a draft for a removed series was accepted");
            } catch (ZhichengException expected) {
                assertEquals("SERIES_SUSPENDED", expected.code());
            }
        } finally {
            if (plugin.getState() != Bundle.UNINSTALLED) {
                plugin.uninstall();
            }
        }
    }

    @Test
    public void brokenPluginsAreRefusedPreciselyAndTheOthersKeepRunning_R27() throws Exception {
        long acceptingBefore = catalog.acceptingSeries().size();
        String brokenXml = PluginJars.series("itest-broken", "坏描述系列").replace("</specialty>", "</speciality>");
        Bundle broken = bundleContext.installBundle("itest:broken", PluginJars.jar("org.zhicheng.series.itest.broken", "1.0.0",
                brokenXml, PluginJars.scoring(Map.of(1, 20))));
        Bundle greedy = bundleContext.installBundle("itest:greedy", PluginJars.jar("org.zhicheng.series.itest.greedy", "1.0.0",
                PluginJars.series("itest-greedy", "唯论文系列"), PluginJars.scoring(Map.of(1, 30))));
        try {
            broken.start();
            greedy.start();
            Await.until("both refusals listed", STATE_TIMEOUT, () -> catalog.refusedPlugins().size() >= 2,
                    () -> catalog.refusedPlugins().toString());

            String brokenReason = refusal("org.zhicheng.series.itest.broken").reason();
            assertTrue(brokenReason, brokenReason.startsWith("org.zhicheng.series.itest.broken/ZH-INF/series.xml:7: "));
            assertTrue(brokenReason, brokenReason.contains("\"specialty\" must be terminated by the matching end-tag"));
            assertEquals("org.zhicheng.series.itest.greedy/ZH-INF/scoring.xml:7: standard 2023 v1 地直/高, item 'papers':"
                    + " category papers carries 30 of 100 points (30%), more than the 20% allowed for one of the four onlys (R-27)",
                    refusal("org.zhicheng.series.itest.greedy").reason());

            assertFalse(catalog.find("itest-broken").isPresent());
            assertFalse(catalog.find("itest-greedy").isPresent());
            assertEquals(acceptingBefore, catalog.acceptingSeries().size());
            assertEquals(SeriesAvailability.ACCEPTING, catalog.find("engineering").orElseThrow().availability());
            assertEquals("ACTIVE", state(broken));
        } finally {
            broken.uninstall();
            greedy.uninstall();
        }
        Await.until("refusals forgotten with their bundles", STATE_TIMEOUT, () -> catalog.refusedPlugins().stream()
                .noneMatch(r -> r.pluginBundle().startsWith("org.zhicheng.series.itest.")));
    }

    // ---- helpers

    private PluginRefusal refusal(String bundle) {
        return catalog.refusedPlugins().stream().filter(r -> r.pluginBundle().equals(bundle)).findFirst()
                .orElseThrow(() -> new AssertionError("no refusal for " + bundle + ": " + catalog.refusedPlugins()));
    }

    private void awaitSeries(SeriesAvailability availability, String pluginVersion) {
        Await.until("series " + CODE + " " + availability + " from plugin " + pluginVersion, STATE_TIMEOUT, () -> {
            Optional<Series> series = catalog.find(CODE);
            return series.isPresent() && series.get().availability() == availability
                    && series.get().pluginVersion().equals(pluginVersion);
        }, () -> catalog.find(CODE).toString() + " refusals " + catalog.refusedPlugins());
    }

    private Applicant newApplicant() {
        return withCareer(applicants.register(new NewApplicant("林业申报人", TestData.idNumber(), TestData.token("温宿县林业局-"),
                Tier.COUNTY_CITY, ""), IT));
    }

    private static NewApplication draft(Applicant applicant) {
        return new NewApplication(applicant.id(), 2023, CODE, "林木培育专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED);
    }

    /** With the committee, experts expert-1 and expert-2 assigned. */
    private Application submitted() throws Exception {
        return underEvaluation(draft(newApplicant()), "expert-1", "expert-2");
    }

    private static Map<String, BigDecimal> fullMarks(ScoringStandard standard) {
        Map<String, BigDecimal> points = new HashMap<>();
        // computed items get their points from the file's seniority, not from the expert
        standard.items().stream().filter(item -> !item.computed()).forEach(item -> points.put(item.id(), item.points()));
        return points;
    }
}
