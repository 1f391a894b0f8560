package org.zhicheng.core.internal.series;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.persistence.SeriesEntity;

/**
 * The persistent side of the catalog. Series rows are never deleted, so history that names a series
 * keeps its meaning after the plugin is gone; the descriptor text is kept beside them.
 */
public class SeriesStore implements SeriesCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesStore.class);

    private final JpaTemplate jpa;
    private final SeriesDescriptorReader reader = new SeriesDescriptorReader();
    /** Parsed descriptors by code, so reads do not parse XML each time. */
    private final Map<String, Series> cache = new ConcurrentHashMap<>();

    public SeriesStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Whatever ran before a restart is suspended until its bundle is seen running again. */
    public void suspendAll() {
        jpa.tx(TransactionType.Required, em -> em.createNamedQuery(SeriesEntity.SUSPEND_ALL).executeUpdate());
        cache.clear();
    }

    /** Records (or refreshes) the series as accepting applications, returning it as the API shows it. */
    public Series declare(SeriesDescriptorReader.Parsed parsed, String bundle, String version, String descriptor) {
        Instant now = Instant.now();
        jpa.tx(TransactionType.Required, em -> {
            SeriesEntity entity = em.find(SeriesEntity.class, parsed.code());
            if (entity == null) {
                entity = new SeriesEntity(parsed.code());
                entity.declare(parsed.name(), bundle, version, descriptor, now);
                em.persist(entity);
            } else {
                entity.declare(parsed.name(), bundle, version, descriptor, now);
            }
        });
        Series series = parsed.toSeries(SeriesAvailability.ACCEPTING, bundle, version);
        cache.put(series.code(), series);
        return series;
    }

    /** Marks the series suspended (暂停受理) if the given bundle is still the one that declared it. */
    public void suspend(String code, String bundle) {
        cache.remove(code);
        jpa.tx(TransactionType.Required, em -> {
            SeriesEntity entity = em.find(SeriesEntity.class, code);
            if (entity != null && bundle.equals(entity.getPluginBundle())) {
                entity.suspend(Instant.now());
            }
        });
    }

    @Override
    public List<Series> allSeries() {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(SeriesEntity.ALL, SeriesEntity.class)
                .getResultList().stream().map(this::toSeries).flatMap(Optional::stream).toList());
    }

    @Override
    public Optional<Series> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(SeriesEntity.class, code)).flatMap(this::toSeries));
    }

    private Optional<Series> toSeries(SeriesEntity entity) {
        Series cached = cache.get(entity.getCode());
        if (cached != null && cached.availability() == entity.getAvailability()
                && cached.pluginVersion().equals(entity.getPluginVersion())) {
            return Optional.of(cached);
        }
        try {
            Series series = reader.read(entity.getCode(), entity.getDescriptor())
                    .toSeries(entity.getAvailability(), entity.getPluginBundle(), entity.getPluginVersion());
            cache.put(series.code(), series);
            return Optional.of(series);
        } catch (DescriptorException e) {
            LOG.error("Stored descriptor of series {} no longer readable: {}", entity.getCode(), e.getMessage());
            return Optional.empty();
        }
    }
}
