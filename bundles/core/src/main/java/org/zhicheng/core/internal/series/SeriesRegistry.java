package org.zhicheng.core.internal.series;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.SeriesEvents;

/**
 * The series extender: reads {@link Series#DESCRIPTOR_PATH} from every started bundle, records the
 * series as accepting, and marks it suspended when the bundle stops. A faulty descriptor is refused
 * with its file and line in the log and touches nothing else. Changes are announced on Event Admin
 * ({@link SeriesEvents}).
 */
@Component(service = {SeriesCatalog.class, ScoringStandards.class}, immediate = true,
        configurationPid = "org.zhicheng.series")
@Designate(ocd = SeriesLimitsConfiguration.class)
public class SeriesRegistry implements SeriesCatalog, ScoringStandards {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesRegistry.class);

    private final SeriesStore store;
    private final SeriesDescriptorReader reader;
    private final ScoringStandardReader scoringReader;
    private final BigDecimal fourOnlysMaxShare;
    private final EventAdmin events;
    /** Tracker value of a plugin that was refused; never a series code (codes have no spaces). */
    private static final String REFUSED = "refused plugin";
    /** The descriptors' folder in a plugin bundle; its l10n/ holds the label bundles. */
    private static final String ZH_INF = "ZH-INF/";
    private final BundleTracker<String> tracker;
    /**
     * Declares the running plugins' series after activation (issue 16, item 4): declaring the 26 shipped series took
     * about 6 s inside the constructor, and every service needing the catalog (and REST's resources after them) waited.
     */
    private final ExecutorService declaring = Executors.newSingleThreadExecutor(r -> new Thread(r, "zhicheng-series-declaration"));
    /** Whether the plugins running at activation are declared (or refused): the catalog is complete from then on. */
    private volatile boolean ready;
    private volatile boolean closing;

    @Activate
    public SeriesRegistry(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference EventAdmin events,
                          BundleContext context, SeriesLimitsConfiguration configuration) {
        DescriptorLimits limits = new DescriptorLimits(configuration.seniorFeeMin(), configuration.seniorFeeMax(),
                new BigDecimal(configuration.fourOnlysMaxShare()));
        this.reader = new SeriesDescriptorReader(limits);
        this.scoringReader = new ScoringStandardReader(limits);
        this.fourOnlysMaxShare = limits.fourOnlysMaxShare();
        this.store = new SeriesStore(jpa);
        this.events = events;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<String>() {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                return bundleStarted(bundle);
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, String code) {
                // state changes within ACTIVE carry no news for the catalog
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String code) {
                if (REFUSED.equals(code)) {
                    store.forgetRefusal(bundle.getBundleId());
                    return;
                }
                if (!closing) { // when core itself stops, the next start suspends everything anyway
                    store.suspend(code, bundle.getSymbolicName());
                    announce(SeriesEvents.SUSPENDED, code);
                    LOG.info("Series {} suspended (暂停受理): bundle {} stopped", code, bundle.getSymbolicName());
                }
            }
        });
        declaring.execute(this::declareRunningPlugins);
    }

    private void declareRunningPlugins() {
        long start = System.nanoTime();
        try {
            store.suspendAll();
            if (closing) {
                return;
            }
            tracker.open(); // declares every plugin already running, then follows bundles as they come and go
            LOG.info("Series catalog ready: {} series accepting ({} ms)", store.acceptingSeries().size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("The series plugins could not be declared; the catalog stays as it was", e);
            return;
        }
        ready = true;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        closing = true;
        declaring.shutdown();
        declaring.awaitTermination(60, TimeUnit.SECONDS);
        tracker.close();
    }

    @Override
    public boolean ready() {
        return ready;
    }

    private void announce(String topic, String code) {
        events.postEvent(new Event(topic, Map.of(SeriesEvents.SERIES_CODE, code)));
    }

    /**
     * Returns the series code to track the bundle by, {@link #REFUSED} for a plugin whose descriptor was refused
     * (tracked so that its refusal is forgotten when it stops), or null for bundles that are not series plugins.
     */
    private String bundleStarted(Bundle bundle) {
        URL entry = bundle.getEntry(Series.DESCRIPTOR_PATH);
        if (entry == null) {
            return null;
        }
        String source = bundle.getSymbolicName() + "/" + Series.DESCRIPTOR_PATH;
        String scoringSource = bundle.getSymbolicName() + "/" + Series.SCORING_PATH;
        try {
            byte[] content = read(entry);
            // labels written %key: the plugin's ZH-INF/l10n bundles (zh_CN default, en beside it)
            DescriptorLabels labels = DescriptorLabels.load(path -> {
                URL l10n = bundle.getEntry(ZH_INF + path);
                return l10n == null ? null : l10n.openStream();
            });
            SeriesDescriptorReader.Parsed parsed = reader.read(source, content, labels);
            URL scoringEntry = bundle.getEntry(Series.SCORING_PATH);
            if (scoringEntry == null) {
                throw new DescriptorException(scoringSource, 0, "missing: every series publishes its scoring standards (R-26)");
            }
            byte[] scoring = read(scoringEntry);
            List<ScoringStandard> standards = scoringReader.read(scoringSource, scoring, parsed, labels);
            Series series = store.declare(parsed, standards, bundle.getSymbolicName(), bundle.getVersion().toString(),
                    labels.resolveAll(new String(content, StandardCharsets.UTF_8)),
                    labels.resolveAll(new String(scoring, StandardCharsets.UTF_8)), scoringSource, labels.translations());
            LOG.info("Series {} ({}) accepting applications, declared by {} with {} scoring standards", series.code(),
                    series.name(), source, standards.size());
            announce(SeriesEvents.ACCEPTING, series.code());
            return series.code();
        } catch (DescriptorException e) {
            LOG.error("Series plugin {} refused: {}", bundle.getSymbolicName(), e.getMessage());
            store.refuse(bundle.getBundleId(), new PluginRefusal(bundle.getSymbolicName(), bundle.getVersion().toString(),
                    e.getMessage(), Instant.now()));
            return REFUSED;
        } catch (IOException e) {
            LOG.error("Series descriptor unreadable: {}: {}", source, e.toString());
            return null;
        }
    }

    private static byte[] read(URL entry) throws IOException {
        try (InputStream in = entry.openStream()) {
            return in.readAllBytes();
        }
    }

    @Override
    public List<PluginRefusal> refusedPlugins() {
        return store.refusedPlugins();
    }

    @Override
    public List<ScoringStandard> forSeries(String seriesCode) {
        return store.forSeries(seriesCode);
    }

    @Override
    public Optional<ScoringStandard> current(String seriesCode, int year, Tier tier, Grade grade) {
        return store.current(seriesCode, year, tier, grade);
    }

    @Override
    public Optional<ScoringStandard> find(String seriesCode, int year, int version, Tier tier, Grade grade) {
        return store.find(seriesCode, year, version, tier, grade);
    }

    @Override
    public BigDecimal fourOnlysMaxShare() {
        return fourOnlysMaxShare;
    }

    @Override
    public List<Series> allSeries() {
        return store.allSeries();
    }

    @Override
    public Optional<Series> find(String code) {
        return store.find(code);
    }
}
