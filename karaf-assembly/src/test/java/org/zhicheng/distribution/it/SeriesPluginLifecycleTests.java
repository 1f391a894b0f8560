package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.screen.ScreenContribution;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ZhichengException;

/**
 * A series plugin comes and goes at run time: its series turns SUSPENDED and its screen disappears when
 * it is removed, both come back when it is installed again, and the rows written meanwhile stay.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SeriesPluginLifecycleTests extends ContainerTestSupport {

    private static final String FEATURE = "zhicheng-series-engineering";
    private static final String SERIES = "engineering";
    private static final String SPECIALTY = "林业专业";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private FeaturesService features;

    @Test
    public void uninstallingAndReinstallingThePluginFeatureRemovesAndRestoresSeriesAndScreen() throws Exception {
        awaitPluginPresent("the engineering plugin at boot");
        long catalogServiceId = catalogServiceId();
        Applicant applicant = newApplicant();
        Application draft = applications.createDraft(draftFor(applicant), as("it"));
        long countWhileInstalled = applications.countForSeries(SERIES);
        assertTrue(countWhileInstalled >= 1);

        try {
            features.uninstallFeature(FEATURE);
            assertFalse("feature still installed", features.isInstalled(features.getFeature(FEATURE)));
            assertFalse("plugin bundle still there", bundle(ENGINEERING_BUNDLE).isPresent());
            awaitPluginAbsent("uninstalling feature " + FEATURE);

            assertRowsKept(applicant, draft, countWhileInstalled);
            assertDraftRefused(newApplicant(), "SERIES_SUSPENDED");
            // Vaadin, Pax Web and core stay: only the plugin went.
            assertEquals("ACTIVE", state(bundle("com.vaadin.flow.server").orElseThrow()));
            assertEquals("ACTIVE", state(bundle(CORE_BUNDLE).orElseThrow()));
        } finally {
            if (!features.isInstalled(features.getFeature(FEATURE))) {
                features.installFeature(FEATURE);
            }
        }

        awaitPluginPresent("re-installing feature " + FEATURE);
        assertEquals("ACTIVE", state(bundle(ENGINEERING_BUNDLE).orElseThrow()));
        assertRowsKept(applicant, draft, countWhileInstalled);
        Applicant later = newApplicant();
        Application another = applications.createDraft(draftFor(later), as("it"));
        assertEquals(SERIES, another.seriesCode());
        assertEquals(List.of(another), applications.forApplicant(later.id(), IT));
        assertTrue(applications.countForSeries(SERIES) >= countWhileInstalled + 1);
        // Plain feature operations, as an operator would run them: they must not refresh (restart) core and
        // the JPA stack (see the prerequisite jpa feature in zhicheng-persistence).
        assertEquals("core was restarted (refreshed) by the plugin's removal or installation", catalogServiceId, catalogServiceId());
    }

    @Test
    public void stoppingAndStartingThePluginBundleSuspendsAndResumesTheSeries() throws Exception {
        awaitPluginPresent("the engineering plugin");
        Bundle plugin = bundle(ENGINEERING_BUNDLE).orElseThrow();
        Applicant applicant = newApplicant();
        Application draft = applications.createDraft(draftFor(applicant), as("it"));
        long countWhileRunning = applications.countForSeries(SERIES);
        try {
            plugin.stop();
            awaitPluginAbsent("stopping bundle " + ENGINEERING_BUNDLE);
            assertRowsKept(applicant, draft, countWhileRunning);
            assertDraftRefused(newApplicant(), "SERIES_SUSPENDED");
        } finally {
            plugin.start();
        }
        awaitPluginPresent("starting bundle " + ENGINEERING_BUNDLE);
        assertRowsKept(applicant, draft, countWhileRunning);
    }

    // ---- helpers

    private long catalogServiceId() {
        return (Long) bundleContext.getServiceReference(SeriesCatalog.class).getProperty(Constants.SERVICE_ID);
    }

    private Applicant newApplicant() {
        return withCareer(applicants.register(new NewApplicant("工程申报人", TestData.idNumber(), TestData.token("地区林业和草原局-"),
                Tier.PREFECTURE_DIRECT, ""), IT));
    }

    private static NewApplication draftFor(Applicant applicant) {
        return new NewApplication(applicant.id(), 2023, SERIES, SPECIALTY, TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED);
    }

    /**
     * Nothing written while the plugin ran is gone. Counts are lower bounds: the shipped demo data loader
     * may add drafts for its own applicants whenever a series starts accepting.
     */
    private void assertRowsKept(Applicant applicant, Application draft, long countWhileInstalled) {
        long count = applications.countForSeries(SERIES);
        assertTrue("applications of series " + SERIES + ": " + count + " < " + countWhileInstalled, count >= countWhileInstalled);
        List<Application> kept = applications.forApplicant(applicant.id(), IT);
        assertEquals(1, kept.size());
        assertEquals(draft.id(), kept.get(0).id());
        assertEquals(SERIES, kept.get(0).seriesCode());
        assertEquals(draft, applications.find(draft.id(), IT).orElseThrow());
        // the series itself stays known (history refers to it)
        assertTrue(catalog.find(SERIES).isPresent());
    }

    private void assertDraftRefused(Applicant applicant, String code) {
        try {
            applications.createDraft(draftFor(applicant), as("it"));
            fail("a draft for a suspended series was accepted");
        } catch (ZhichengException expected) {
            assertEquals(code, expected.code());
        }
    }

    private void awaitPluginPresent(String after) {
        Await.until("series " + SERIES + " ACCEPTING and its screen registered after " + after, STATE_TIMEOUT,
                () -> availability().equals(Optional.of(SeriesAvailability.ACCEPTING)) && !engineeringScreens().isEmpty(),
                this::diagnostic);
        assertEquals(1, engineeringScreens().size());
        assertTrue(catalog.acceptingSeries().stream().map(Series::code).anyMatch(SERIES::equals));
    }

    private void awaitPluginAbsent(String after) {
        Await.until("series " + SERIES + " SUSPENDED and its screen gone after " + after, STATE_TIMEOUT,
                () -> availability().equals(Optional.of(SeriesAvailability.SUSPENDED)) && engineeringScreens().isEmpty(),
                this::diagnostic);
        assertFalse(catalog.acceptingSeries().stream().map(Series::code).anyMatch(SERIES::equals));
    }

    private Optional<SeriesAvailability> availability() {
        return catalog.find(SERIES).map(Series::availability);
    }

    /** ScreenContribution services registered by the engineering plugin. */
    private List<ServiceReference<ScreenContribution>> engineeringScreens() {
        try {
            Collection<ServiceReference<ScreenContribution>> all = bundleContext.getServiceReferences(ScreenContribution.class, null);
            return all.stream()
                    .filter(r -> r.getBundle() != null && ENGINEERING_BUNDLE.equals(r.getBundle().getSymbolicName()))
                    .collect(Collectors.toList());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String diagnostic() {
        return "series: " + catalog.allSeries().stream().map(s -> s.code() + "=" + s.availability()).collect(Collectors.toList())
                + ", engineering screens: " + engineeringScreens().size()
                + ", plugin bundle: " + bundle(ENGINEERING_BUNDLE).map(ContainerTestSupport::state).orElse("not installed")
                + ", bundles: " + Arrays.stream(bundleContext.getBundles()).filter(b -> b.getState() != Bundle.ACTIVE)
                        .map(b -> b.getSymbolicName() + ":" + state(b)).collect(Collectors.toList());
    }
}
